/**
 * Time helpers shared by the mock streams: sampling instants with a daily/weekly rhythm,
 * formatting them cheaply, and ordering a million records without a comparator sort.
 */
import type { Random } from './random';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** hour of day and weekend-ness at a fixed UTC offset (no daylight saving) */
export function localClock(ms: number, offsetMinutes: number): { hour: number; weekend: boolean } {
  const local = ms + offsetMinutes * MINUTE;
  const day = Math.floor(local / DAY);
  // 1970-01-01 was a Thursday
  const weekday = (((day + 4) % 7) + 7) % 7;
  return { hour: Math.floor((local - day * DAY) / HOUR), weekend: weekday === 0 || weekday === 6 };
}

/** relative activity by local hour: quiet nights, a lunch dip, a tail into the evening */
const HUMAN_HOURS = [
  0.04, 0.03, 0.03, 0.03, 0.04, 0.08, 0.2, 0.55, 0.95, 1, 1, 0.95, 0.75, 0.9, 1, 0.95, 0.8, 0.5, 0.3, 0.22,
  0.18, 0.14, 0.1, 0.06,
];
/** plant operators work shifts, so weekends are quiet but not silent */
const WEEKEND_FACTOR = 0.18;

/** relative activity of people at an instant, for sites at the given UTC offset */
export function workdayWeight(ms: number, offsetMinutes: number): number {
  const { hour, weekend } = localClock(ms, offsetMinutes);
  return (HUMAN_HOURS[hour] ?? 0) * (weekend ? WEEKEND_FACTOR : 1);
}

/** Draws instants in [start, end] with density proportional to a weight per hour. */
export class TimeSampler {
  private readonly starts: Float64Array;
  private readonly widths: Float64Array;
  private readonly weights: Float64Array;
  /** cumulative weight × width up to and including each bucket */
  private readonly cumulative: Float64Array;

  private readonly start: number;
  private readonly end: number;

  /** `weight` is called once per hour bucket, at build time */
  constructor(start: number, end: number, weight: (instant: number) => number) {
    this.start = start;
    this.end = end;
    const first = Math.floor(start / HOUR) * HOUR;
    const n = Math.max(1, Math.ceil((end - first) / HOUR));
    this.starts = new Float64Array(n);
    this.widths = new Float64Array(n);
    this.weights = new Float64Array(n);
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const from = Math.max(start, first + i * HOUR);
      const to = Math.min(end, first + (i + 1) * HOUR);
      const width = Math.max(0, to - from);
      const w = Math.max(0, weight(from + width / 2));
      this.starts[i] = from;
      this.widths[i] = width;
      this.weights[i] = w;
      total += w * width;
      this.cumulative[i] = total;
    }
  }

  /** the share of the total weight that lies at or after `instant` */
  shareAfter(instant: number): number {
    const c = this.cumulative;
    const total = c[c.length - 1] ?? 0;
    if (!(total > 0)) return 0;
    let before = 0;
    for (let i = 0; i < c.length; i++) {
      const start = this.starts[i] ?? 0;
      const width = this.widths[i] ?? 0;
      if (start >= instant) break;
      before += (this.weights[i] ?? 0) * Math.min(width, instant - start);
    }
    return Math.max(0, Math.min(1, 1 - before / total));
  }

  sample(rng: Random): number {
    const c = this.cumulative;
    const total = c[c.length - 1] ?? 0;
    if (!(total > 0)) return this.start + Math.floor(rng.next() * (this.end - this.start));
    const u = rng.next() * total;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((c[mid] ?? 0) > u) hi = mid;
      else lo = mid + 1;
    }
    // the leftover of u places the instant inside the bucket without another draw
    const before = lo > 0 ? (c[lo - 1] ?? 0) : 0;
    const offset = (u - before) / (this.weights[lo] ?? 1);
    const at = Math.floor((this.starts[lo] ?? this.start) + Math.min(offset, this.widths[lo] ?? 0));
    return Math.min(this.end, Math.max(this.start, at));
  }
}

const two = (n: number): string => (n < 10 ? `0${String(n)}` : String(n));

/** "HH:MM:" for each minute of a day and "SS.mmmZ" for each millisecond of a minute, built from
 * 1,440 + 60 + 1,000 small parts (formatting a string per table entry cost ~12 ms per page load) */
let clockTables: { minutes: string[]; seconds: string[] } | null = null;

function clock(): { minutes: string[]; seconds: string[] } {
  if (!clockTables) {
    const minutes = new Array<string>(24 * 60);
    for (let m = 0; m < minutes.length; m++) minutes[m] = `${two(Math.floor(m / 60))}:${two(m % 60)}:`;
    const millis = new Array<string>(1000);
    for (let ms = 0; ms < 1000; ms++) millis[ms] = `.${String(ms).padStart(3, '0')}Z`;
    const seconds = new Array<string>(MINUTE);
    for (let s = 0; s < 60; s++) {
      const ss = two(s);
      for (let ms = 0; ms < 1000; ms++) seconds[s * 1000 + ms] = ss + (millis[ms] ?? '');
    }
    clockTables = { minutes, seconds };
  }
  return clockTables;
}

/** Moves a stream's instants by `shift` ms, in place (its time strings were formatted moved). */
export function shiftInstants<T extends { times: Float64Array }>(timed: T, shift: number): T {
  if (shift !== 0)
    for (let i = 0; i < timed.times.length; i++) timed.times[i] = (timed.times[i] ?? 0) + shift;
  return timed;
}

/**
 * Same output as `new Date(ms).toISOString()` for years 0000–9999, several times faster,
 * because the "YYYY-MM-DDTHH:MM:" prefix is cached per minute and built from a date per day.
 */
export class IsoFormatter {
  private readonly origin: number;
  /** '' until first used; preallocated because a sparse array would go to dictionary mode */
  private readonly prefixes: string[];
  private readonly dates = new Map<number, string>();
  private readonly clock = clock();
  private readonly shift: number;

  /**
   * Instants outside [from, to] still format, just without the cache. `shift` (whole ms) is added
   * to every instant formatted: a world made in one time frame and shown in another.
   */
  constructor(from: number, to: number, shift = 0) {
    this.shift = shift;
    this.origin = Math.floor((from + shift) / MINUTE);
    this.prefixes = new Array<string>(Math.max(0, Math.floor((to + shift) / MINUTE) - this.origin + 1)).fill(
      '',
    );
  }

  format(instant: number): string {
    const ms = instant + this.shift;
    const minute = Math.floor(ms / MINUTE);
    const slot = minute - this.origin;
    let prefix = this.prefixes[slot];
    if (prefix === undefined || !Number.isInteger(ms)) return new Date(ms).toISOString();
    if (prefix === '') {
      const day = Math.floor(minute / (24 * 60));
      let date = this.dates.get(day);
      if (date === undefined) {
        date = new Date(day * DAY).toISOString().slice(0, 11);
        this.dates.set(day, date);
      }
      prefix = date + (this.clock.minutes[minute - day * 24 * 60] ?? '');
      this.prefixes[slot] = prefix;
    }
    return prefix + (this.clock.seconds[ms - minute * MINUTE] ?? '');
  }
}

/**
 * Orders instants newest first with a bucket sort: O(n) for spread-out data where a comparator
 * sort of 10^6 items takes ~0.5 s. Ties keep their input order. `order[k]` is the index (into
 * `times`) of the k-th newest instant: callers then walk their items in generation order, which
 * is memory order and several times faster than sorted order.
 */
export function newestFirstOrder(times: Float64Array): Uint32Array {
  const n = times.length;
  if (n === 0) return new Uint32Array(0);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = times[i] ?? 0;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  const buckets = n;
  const scale = buckets / (hi - lo + 1);
  // bucket 0 holds the newest instants so that a forward pass emits newest first
  const bucketOf = new Uint32Array(n);
  const starts = new Uint32Array(buckets + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.min(buckets - 1, Math.floor((hi - (times[i] ?? 0)) * scale));
    bucketOf[i] = b;
    starts[b + 1] = (starts[b + 1] ?? 0) + 1;
  }
  for (let b = 0; b < buckets; b++) starts[b + 1] = (starts[b + 1] ?? 0) + (starts[b] ?? 0);
  const order = new Uint32Array(n);
  const fill = starts.slice(0, buckets);
  for (let i = 0; i < n; i++) {
    const b = bucketOf[i] ?? 0;
    order[fill[b] ?? 0] = i;
    fill[b] = (fill[b] ?? 0) + 1;
  }
  for (let b = 0; b < buckets; b++) {
    const from = starts[b] ?? 0;
    const to = starts[b + 1] ?? 0;
    if (to - from > 1) sortRange(order, from, to, times);
  }
  return order;
}

/** newest first, stable; buckets are tiny unless many events share an instant */
function sortRange(order: Uint32Array, from: number, to: number, times: Float64Array): void {
  if (to - from > 32) {
    const sorted = Array.from(order.subarray(from, to)).sort(
      (a, b) => (times[b] ?? 0) - (times[a] ?? 0) || a - b,
    );
    order.set(sorted, from);
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const item = order[k] ?? 0;
    const t = times[item] ?? 0;
    let j = k - 1;
    while (j >= from && (times[order[j] ?? 0] ?? 0) < t) {
      order[j + 1] = order[j] ?? 0;
      j--;
    }
    order[j + 1] = item;
  }
}
