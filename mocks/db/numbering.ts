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
 * `<prefix>-<n>` as one flat string. A template literal builds a cons string plus the
 * digits as a second string: about 50 MB per million ids instead of 30.
 */
function idMaker(prefix: string): (n: number) => string {
  const head = Array.from(`${prefix}-`, (c) => c.charCodeAt(0));
  // String.fromCharCode.apply needs an array of the exact length; one per length
  const buffers: number[][] = [];
  return (n) => {
    let digits = 1;
    for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
    const length = head.length + digits;
    let codes = buffers[length];
    if (!codes) {
      codes = head.concat(new Array<number>(digits).fill(48));
      buffers[length] = codes;
    }
    for (let k = length - 1, x = n; k >= head.length; k--, x = Math.floor(x / 10)) codes[k] = 48 + (x % 10);
    return String.fromCharCode.apply(null, codes);
  };
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
  const id = idMaker(prefix);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (item) item.id = id(n - (rank[i] ?? 0));
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
