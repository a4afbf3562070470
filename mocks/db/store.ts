import type { AuditRecord, StreamName } from '../../src/api/streams';
import { configuredRecordCount, getMockSettings } from '../settings';
import { generateAuthenticationTimed } from './authentication';
import { arrivals, startLive, stopLive } from './live';
import { loadAppended, saveAppended } from './persistence';
import { storedCutoff } from './retention';
import { forgetWorld, worldFor } from './world';

export const DEFAULT_SEED = 20261124;

export interface Collection {
  /** newest first: the time range is two binary searches */
  readonly records: AuditRecord[];
  readonly byId: Map<string, AuditRecord>;
  /** epoch ms of each record, same order as records */
  times: Float64Array;
  /** bumped on every change, so cached results of an older version are not served */
  version: number;
}

type Generated = { records: AuditRecord[]; times: Float64Array };

// Authentication stands alone; the other streams hang off its sessions and tokens, so they
// come from one generated world (built on first use of any of them).
const generators: Record<StreamName, (count: number, seed: number, now: number) => Generated> = {
  authentication: (count, seed, now) => generateAuthenticationTimed({ count, seed, now }),
  authorisation: (count, seed, now) => worldFor({ count, seed, now }).authorisation,
  access: (count, seed, now) => worldFor({ count, seed, now }).access,
  activity: (count, seed, now) => worldFor({ count, seed, now }).activity,
};

const collections = new Map<StreamName, Collection>();
let anchor: number | null = null;

/** Data ends at the minute the mock started; ids stay put across reloads, times shift with the clock. */
function now(): number {
  anchor ??= Math.floor(Date.now() / 60_000) * 60_000;
  return anchor;
}

export function collection(stream: StreamName): Collection {
  let found = collections.get(stream);
  if (!found) {
    const seed = getMockSettings().seed ?? DEFAULT_SEED;
    const generated = generators[stream](configuredRecordCount(), seed, now());
    // whole milliseconds, as the records' ISO times say: a range bound then includes a record
    // exactly when the record's printed time is inside it (histogram buckets rely on it)
    for (let i = 0; i < generated.times.length; i++) generated.times[i] = Math.floor(generated.times[i] ?? 0);
    const byId = new Map<string, AuditRecord>();
    for (const record of generated.records) byId.set(record.id, record);
    found = { records: generated.records, byId, times: generated.times, version: 0 };
    collections.set(stream, found);
    // records written by users of the mock (e.g. audits of exports) survive a reload
    for (const { record, time } of loadAppended(stream)) insertNewest(found, record, time);
    // what the retention policy removed stays removed after a reload
    const cutoff = storedCutoff(stream);
    if (cutoff !== null) dropBefore(found, cutoff);
  }
  catchUp(stream, found);
  return found;
}

/** Index of the first record older than `cutoff` (times are newest first). */
function firstOlder(times: Float64Array, cutoff: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) >= cutoff) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dropBefore(target: Collection, cutoff: number): number {
  const keep = firstOlder(target.times, cutoff);
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
  return times.length - firstOlder(times, cutoff);
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
  forgetWorld();
  stopLive();
  anchor = null;
}
