import type { AuditRecord, StreamName } from '../../src/api/streams';
import { configuredRecordCount, getMockSettings } from '../settings';
import { generateAuthenticationParts } from '../world/authentication';
import { countAtOrAfter, mergeNewestFirst, type Timed } from './timed';
import { arrivals, startLive, stopLive } from '../world/live';
import { loadAppended, saveAppended } from './persistence';
import { storedCutoff } from './retention';
import { forgetWorld, worldFor } from '../world/world';

export const DEFAULT_SEED = 20261124;

export interface Collection {
  /** newest first: the time range is two binary searches */
  records: AuditRecord[];
  readonly byId: Map<string, AuditRecord>;
  /** epoch ms of each record, same order as records */
  times: Float64Array;
  /** bumped on every change, so cached results of an older version are not served */
  version: number;
}

type Generated = Timed<AuditRecord> & {
  /** set when older records are still to come: every record at or after it is in `records` */
  completeFrom?: number;
  older?: (() => Timed<AuditRecord>) | null;
};

// Authentication stands alone; the other streams hang off its sessions and tokens, so they
// come from one generated world (built on first use of any of them).
const generators: Record<StreamName, (count: number, seed: number, now: number) => Generated> = {
  authentication: (count, seed, now) => {
    const { recent, completeFrom, older } = generateAuthenticationParts({ count, seed, now });
    return { ...recent, completeFrom, older };
  },
  authorisation: (count, seed, now) => worldFor({ count, seed, now }).authorisation,
  access: (count, seed, now) => worldFor({ count, seed, now }).access,
  activity: (count, seed, now) => worldFor({ count, seed, now }).activity,
};

const collections = new Map<StreamName, Collection>();
/** the older records of a stream whose recent ones were generated first */
const pending = new Map<StreamName, { completeFrom: number; older: () => Timed<AuditRecord> }>();
let anchor: number | null = null;

/** Data ends at the minute the mock started; ids stay put across reloads, times shift with the clock. */
function now(): number {
  anchor ??= Math.floor(Date.now() / 60_000) * 60_000;
  return anchor;
}

/**
 * A stream's records. `needFrom` (epoch ms) says which records the caller reads: all of those at
 * or after it must be there. A search of the last day then does not wait for a month of
 * records to be generated; `null` (any other use) gets every record.
 */
export function collection(stream: StreamName, needFrom: number | null = null): Collection {
  let found = collections.get(stream);
  if (!found) {
    const seed = getMockSettings().seed ?? DEFAULT_SEED;
    const generated = generators[stream](configuredRecordCount(), seed, now());
    wholeMilliseconds(generated.times);
    const byId = new Map<string, AuditRecord>();
    for (const record of generated.records) byId.set(record.id, record);
    found = { records: generated.records, byId, times: generated.times, version: 0 };
    collections.set(stream, found);
    if (generated.older && generated.completeFrom !== undefined) {
      pending.set(stream, { completeFrom: generated.completeFrom, older: generated.older });
      completeWhenIdle(stream);
    }
    // records written by users of the mock (e.g. audits of exports) survive a reload
    for (const { record, time } of loadAppended(stream)) insertNewest(found, record, time);
    // what the retention policy removed stays removed after a reload
    const cutoff = storedCutoff(stream);
    if (cutoff !== null) dropBefore(found, cutoff);
  }
  const rest = pending.get(stream);
  if (rest && (needFrom === null || needFrom < rest.completeFrom)) {
    pending.delete(stream);
    addOlder(stream, found, rest.older());
  }
  catchUp(stream, found);
  return found;
}

/**
 * In a page, the rest of a stream whose recent records came first is generated once the page
 * has shown what it asked for and is idle; elsewhere (tests) when a request needs it.
 */
function completeWhenIdle(stream: StreamName): void {
  if (typeof requestIdleCallback !== 'function') return;
  setTimeout(() => {
    // not if the store was reset meanwhile: the next page asks for what it needs
    requestIdleCallback(() => void (pending.has(stream) && collection(stream)), { timeout: 2000 });
  }, 1000);
}

/**
 * Whole milliseconds, as the records' ISO times say: a range bound then includes a record
 * exactly when the record's printed time is inside it (histogram buckets rely on it).
 */
function wholeMilliseconds(times: Float64Array): void {
  for (let i = 0; i < times.length; i++) times[i] = Math.floor(times[i] ?? 0);
}

function addOlder(stream: StreamName, target: Collection, older: Timed<AuditRecord>): void {
  wholeMilliseconds(older.times);
  const cutoff = storedCutoff(stream);
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

function dropBefore(target: Collection, cutoff: number): number {
  const keep = countAtOrAfter(target.times, cutoff);
  const removed = target.records.length - keep;
  if (removed === 0) return 0;
  for (const record of target.records.splice(keep)) target.byId.delete(record.id);
  target.times = target.times.slice(0, keep);
  target.version++;
  return removed;
}

/** How many records of a stream are older than `cutoff` (epoch ms). */
export function countOlderThan(stream: StreamName, cutoff: number): number {
  const { times } = collection(stream);
  return times.length - countAtOrAfter(times, cutoff);
}

/** Retention: removes the records older than `cutoff`; returns how many. */
export function dropOlderThan(stream: StreamName, cutoff: number): number {
  return dropBefore(collection(stream), cutoff);
}

/** Live arrivals whose time has come go in before anyone reads: see live.ts. */
function catchUp(stream: StreamName, target: Collection): void {
  const arrived = arrivals(stream, Date.now(), configuredRecordCount() + 1);
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

/** Records keep arriving from now on (once started, until the store resets). */
export function startArrivals(at: number): void {
  startLive(at, getMockSettings().seed ?? DEFAULT_SEED);
}

/** Inserts a record where its time puts it (newest first; before records of the same time). */
function insertNewest(target: Collection, record: AuditRecord, time: number): void {
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

/** Adds a record that happens now (newest first), and keeps it across reloads. */
export function appendRecord(stream: StreamName, record: AuditRecord, time: number): void {
  // A stream not generated yet picks the record up from storage when it is built:
  // writing an audit record must not cost generating a whole stream.
  const built = collections.get(stream);
  if (built) {
    catchUp(stream, built);
    insertNewest(built, record, time);
  }
  saveAppended(stream, record, time);
}

/** Drop generated data, e.g. after the size setting changed. */
export function resetCollections(): void {
  collections.clear();
  pending.clear();
  forgetWorld();
  stopLive();
  anchor = null;
}
