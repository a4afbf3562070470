import type { AuditRecord } from '../../src/api/streams';
import { countAtOrAfter, mergeNewestFirst, type Timed } from './timed';
import type { Arrival } from './types';

/** One stream's records in memory. */
export interface Collection {
  /** newest first: the time range is two binary searches */
  records: AuditRecord[];
  readonly byId: Map<string, AuditRecord>;
  /** epoch ms of each record, same order as records */
  times: Float64Array;
  /** bumped on every change, so cached results of an older version are not served */
  version: number;
}

/**
 * Whole milliseconds, as the records' ISO times say: a range bound then includes a record
 * exactly when the record's printed time is inside it (histogram buckets rely on it).
 */
function wholeMilliseconds(times: Float64Array): void {
  for (let i = 0; i < times.length; i++) times[i] = Math.floor(times[i] ?? 0);
}

/** Takes over the arrays it is given: no copy of a million records. */
export function collectionOf(timed: Timed<AuditRecord>): Collection {
  wholeMilliseconds(timed.times);
  const byId = new Map<string, AuditRecord>();
  for (const record of timed.records) byId.set(record.id, record);
  return { records: timed.records, byId, times: timed.times, version: 0 };
}

/** Merges in the older part of a stream, less what is older than `cutoff` (retention). */
export function addOlder(target: Collection, older: Timed<AuditRecord>, cutoff: number | null): void {
  wholeMilliseconds(older.times);
  const kept = cutoff === null ? older.records.length : countAtOrAfter(older.times, cutoff);
  const merged = mergeNewestFirst(
    { records: target.records, times: target.times },
    { records: older.records.slice(0, kept), times: older.times.subarray(0, kept) },
  );
  target.records = merged.records;
  target.times = merged.times;
  for (let i = 0; i < kept; i++) {
    const record = older.records[i];
    if (record) target.byId.set(record.id, record);
  }
  target.version++;
}

/** Removes the records older than `cutoff`; returns how many. */
export function dropBefore(target: Collection, cutoff: number): number {
  const keep = countAtOrAfter(target.times, cutoff);
  const removed = target.records.length - keep;
  if (removed === 0) return 0;
  for (const record of target.records.splice(keep)) target.byId.delete(record.id);
  target.times = target.times.slice(0, keep);
  target.version++;
  return removed;
}

/** Inserts a record where its time puts it (newest first; before records of the same time). */
export function insertNewest(target: Collection, record: AuditRecord, time: number): void {
  // first index whose time is not newer (times are newest first)
  let at = 0;
  let hi = target.times.length;
  while (at < hi) {
    const mid = (at + hi) >> 1;
    if ((target.times[mid] ?? 0) > time) at = mid + 1;
    else hi = mid;
  }
  target.records.splice(at, 0, record);
  const times = new Float64Array(target.times.length + 1);
  times.set(target.times.subarray(0, at), 0);
  times[at] = time;
  times.set(target.times.subarray(at), at + 1);
  target.times = times;
  target.byId.set(record.id, record);
  target.version++;
}

/** Live arrivals (oldest first) go in; all at the front when none is older than the newest held. */
export function insertArrivals(target: Collection, arrived: readonly Arrival[]): void {
  if (arrived.length === 0) return;
  const newest = target.times[0] ?? -Infinity;
  if (arrived.every((a) => a.time >= newest)) {
    // one copy of the index for the whole batch: a tail after a pause can bring hundreds
    const times = new Float64Array(target.times.length + arrived.length);
    arrived.forEach((a, i) => (times[arrived.length - 1 - i] = a.time));
    times.set(target.times, arrived.length);
    target.records.unshift(...arrived.map((a) => a.record).reverse());
    target.times = times;
    for (const a of arrived) target.byId.set(a.record.id, a.record);
    target.version++;
  } else for (const a of arrived) insertNewest(target, a.record, a.time);
}
