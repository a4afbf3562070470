import type { TimeZoneChoice } from '../../lib/preferences';
import { formatTime } from '../../lib/time';

const DAY = 86_400_000;

/** A tick: the time of day for intraday buckets, the date for daily ones, in the chosen zone. */
export function tickLabel(iso: string, intervalMs: number, zone: TimeZoneChoice): string {
  // formatTime gives `YYYY-MM-DD HH:mm:ss ZONE`
  const full = formatTime(iso, zone, false);
  if (intervalMs >= DAY) return full.slice(0, 10);
  if (intervalMs >= 3 * 3_600_000) return full.slice(5, 16);
  if (intervalMs >= 60_000) return full.slice(11, 16);
  return full.slice(11, 19);
}

/** A bucket's span for people: `2026-11-20 14:00:00 → 14:14:59 UTC`. */
export function bucketLabel(from: string, to: string, zone: TimeZoneChoice): string {
  const start = formatTime(from, zone, false);
  const end = formatTime(to, zone, false);
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${start.slice(0, 19)} → ${end.slice(11)}`
    : `${start} → ${end}`;
}
