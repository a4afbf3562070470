import { instantsOf, offsetAt } from './timeZones';

const DAY = 86_400_000;

/**
 * Where a wall clock time of a zone starts a bucket: its first instant, or where the clocks
 * jumped over it; a repeated wall time starts two buckets when they are shorter than a day (the
 * repeated 01:00 hour is an hour of its own), one when they are days (a day starts once).
 */
function startsAt(timeZone: string, wall: number, intervalMs: number): number[] {
  const named = instantsOf(timeZone, wall);
  if (named.kind === 'skipped') return [named.at];
  const instants = named.instants.map((i) => i.ms);
  return intervalMs >= DAY ? instants.slice(0, 1) : instants;
}

/**
 * The bucket starts of a histogram over [from, to] in a zone, ascending: the instants whose wall
 * clock is a whole multiple of the interval (of the interval's days, counted from 1970-01-01,
 * for days), from the last at or before `from` to the last at or before `to`. In UTC they are
 * `interval` apart; in a zone, days start at local midnights and hours on local hours, so a day
 * may last 23 or 25 hours. Every interval shorter than a day divides one (histogramIntervals.ts).
 */
export function bucketStarts(from: number, to: number, intervalMs: number, timeZone: string): number[] {
  if (timeZone === 'UTC') {
    const first = Math.floor(from / intervalMs) * intervalMs;
    const count = Math.floor((to - first) / intervalMs) + 1;
    return Array.from({ length: count }, (_, k) => first + k * intervalMs);
  }
  // wall clocks go back in a repeated hour: every wall time the range reads, from the least
  // (under the lesser offset of its ends) to the greatest, and one step before
  const offsets = [offsetAt(timeZone, from), offsetAt(timeZone, to)];
  const lastWall = to + Math.max(...offsets);
  const found = new Set<number>();
  for (
    let wall = (Math.floor((from + Math.min(...offsets)) / intervalMs) - 1) * intervalMs;
    wall <= lastWall;
    wall += intervalMs
  ) {
    for (const ms of startsAt(timeZone, wall, intervalMs)) if (ms <= to) found.add(ms);
  }
  // in a repeated hour the wall times' second instances come after the next one's first
  const starts = [...found].sort((a, b) => a - b);
  return starts.slice(bucketIndex(starts, from));
}

/** The bucket of an instant (binary search); one outside the starts counts in the nearest bucket. */
export function bucketIndex(starts: readonly number[], time: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= time) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
