/**
 * Final step of every generated stream: newest first, ids `<prefix>-<n>` numbered by age
 * (oldest = 1, like the authentication stream). The demo's world is always made up to the same
 * instant (worldSource), so an age names one record, and its prefix carries the world's tag.
 */
import type { Timed } from '../../server/engine/timed';
import { newestFirstOrder } from './timeline';

/**
 * A stream's id prefix: `auth`, or `auth-k3x9` in a world that tags its ids (worldSource), so that
 * an id from one world (another seed or size) never names a record of another.
 */
export const idPrefix = (stream: string, tag = ''): string => (tag ? `${stream}-${tag}` : stream);

/** The tag of the world a seed and size make: a few base-36 characters of a hash (FNV-1a). */
export function worldTag(seed: number, count: number): string {
  let hash = 0x811c9dc5;
  for (const c of `${String(seed)}:${String(count)}`) hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193);
  return (hash >>> 0).toString(36).slice(0, 4);
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
  /** the id number of the oldest record: a part generated on its own continues another's */
  first = 1,
): Timed<T> {
  const n = Math.min(count, items.length, times.length);
  const order = newestFirstOrder(times.subarray(0, n));
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[order[k] ?? 0] = k;
  const id = idMaker(prefix);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (item) item.id = id(first - 1 + n - (rank[i] ?? 0));
  }
  return inOrder(items, times, order);
}

/** The first `count` items newest first by `times`, their ids untouched (for numbering later). */
export function sortNewestFirst<T>(items: T[], times: Float64Array, count: number): Timed<T> {
  const n = Math.min(count, items.length, times.length);
  return inOrder(items, times, newestFirstOrder(times.subarray(0, n)));
}

function inOrder<T>(items: T[], times: Float64Array, order: Uint32Array): Timed<T> {
  const n = order.length;
  const records = new Array<T>(n);
  const sorted = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    records[k] = items[i] as T;
    sorted[k] = times[i] ?? 0;
  }
  return { records, times: sorted };
}

/** Ids by position in a newest-first list: the last is `<prefix>-1`. */
export function numberInOrder(records: { id: string }[], prefix: string): void {
  const id = idMaker(prefix);
  const n = records.length;
  for (let k = 0; k < n; k++) {
    const record = records[k];
    if (record) record.id = id(n - k);
  }
}
