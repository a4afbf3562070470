/**
 * Final step of every generated stream: newest first, ids `<prefix>-<n>` numbered by age
 * (oldest = 1, like the authentication stream).
 */
import { newestFirstOrder } from './timeline';

export interface Timed<T> {
  records: T[];
  times: Float64Array;
}

/**
 * Ids are written walking the records in generation order, which is their order in
 * memory: at a million records that is several times faster than walking sorted order.
 */
export function numberNewestFirst<T extends { id: string }>(
  items: T[],
  times: Float64Array,
  count: number,
  prefix: string,
): Timed<T> {
  const n = Math.min(count, items.length, times.length);
  const order = newestFirstOrder(times.subarray(0, n));
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[order[k] ?? 0] = k;
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (item) item.id = `${prefix}-${String(n - (rank[i] ?? 0))}`;
  }
  const records = new Array<T>(n);
  const sorted = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    records[k] = items[i] as T;
    sorted[k] = times[i] ?? 0;
  }
  return { records, times: sorted };
}
