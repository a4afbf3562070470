/**
 * Records newest first beside their instants (epoch ms, same order): the shape the generator
 * hands the store, and the store keeps, so a time range is two binary searches and not a
 * million timestamps parsed again.
 */

export interface Timed<T> {
  records: T[];
  times: Float64Array;
}

/** How many of `times` (newest first) are at or after `instant`: the index of the first older one. */
export function countAtOrAfter(times: Float64Array, instant: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) >= instant) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two newest-first lists as one (on equal times, `a`'s record first). */
export function mergeNewestFirst<T>(a: Timed<T>, b: Timed<T>): Timed<T> {
  const n = a.records.length + b.records.length;
  const records = new Array<T>(n);
  const times = new Float64Array(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    const takeA = j >= b.records.length || (i < a.records.length && (a.times[i] ?? 0) >= (b.times[j] ?? 0));
    if (takeA) {
      records[k] = a.records[i] as T;
      times[k] = a.times[i++] ?? 0;
    } else {
      records[k] = b.records[j] as T;
      times[k] = b.times[j++] ?? 0;
    }
  }
  return { records, times };
}
