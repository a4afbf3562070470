/**
 * Bucket sizes of the histogram: round intervals a person reads at a glance. Pure: the mock
 * picks the interval with it, and the app's tests check the choice.
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const NICE_INTERVALS: readonly { ms: number; label: string }[] = [
  { ms: SECOND, label: '1 second' },
  { ms: 5 * SECOND, label: '5 seconds' },
  { ms: 10 * SECOND, label: '10 seconds' },
  { ms: 30 * SECOND, label: '30 seconds' },
  { ms: MINUTE, label: '1 minute' },
  { ms: 5 * MINUTE, label: '5 minutes' },
  { ms: 15 * MINUTE, label: '15 minutes' },
  { ms: 30 * MINUTE, label: '30 minutes' },
  { ms: HOUR, label: '1 hour' },
  { ms: 3 * HOUR, label: '3 hours' },
  { ms: 6 * HOUR, label: '6 hours' },
  { ms: 12 * HOUR, label: '12 hours' },
  { ms: DAY, label: '1 day' },
  { ms: 7 * DAY, label: '7 days' },
  { ms: 30 * DAY, label: '30 days' },
];

/** The default most buckets: 24 hours in 15 minutes (96), 7 days in 3 hours (56), 30 days in 12 hours (60). */
export const DEFAULT_MAX_BUCKETS = 100;

/** The smallest nice interval that covers `span` ms in at most `maxBuckets` buckets (aligned to multiples of it). */
export function chooseInterval(
  span: number,
  maxBuckets = DEFAULT_MAX_BUCKETS,
): { ms: number; label: string } {
  const safeSpan = Math.max(1, span);
  for (const interval of NICE_INTERVALS) {
    // aligned buckets: the first starts at or before `from`, so one more may be needed
    if (Math.ceil(safeSpan / interval.ms) + 1 <= maxBuckets) return interval;
  }
  // beyond the largest nice interval: whole multiples of it
  const largest = NICE_INTERVALS[NICE_INTERVALS.length - 1] ?? { ms: DAY, label: '1 day' };
  const factor = Math.ceil(safeSpan / largest.ms / (maxBuckets - 1));
  return { ms: largest.ms * factor, label: `${factor} × ${largest.label}` };
}
