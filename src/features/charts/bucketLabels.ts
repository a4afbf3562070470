import type { TimeZoneChoice } from '../../lib/preferences';
import { formatTime } from '../../lib/time';

const DAY = 86_400_000;
/** formatTime gives `YYYY-MM-DD HH:mm:ss ZONE`: the zone starts here */
const ZONE_AT = 20;

/**
 * A tick: the time of day for intraday buckets, the date for daily ones, in the chosen zone.
 * An intraday tick whose offset differs from the bucket before it (`previous`) names it: the
 * repeated 01:00 of a fall-back night reads `01:00 UTC-05:00`.
 */
export function tickLabel(iso: string, intervalMs: number, zone: TimeZoneChoice, previous?: string): string {
  const full = formatTime(iso, zone, false);
  if (intervalMs >= DAY) return full.slice(0, 10);
  const time =
    intervalMs >= 3 * 3_600_000
      ? full.slice(5, 16)
      : intervalMs >= 60_000
        ? full.slice(11, 16)
        : full.slice(11, 19);
  const offset = full.slice(ZONE_AT);
  const changed = previous !== undefined && formatTime(previous, zone, false).slice(ZONE_AT) !== offset;
  return changed ? `${time} ${offset}` : time;
}

/** A bucket's span for people: `2026-11-20 14:00:00 → 14:14:59 UTC`, both offsets when they differ. */
export function bucketLabel(from: string, to: string, zone: TimeZoneChoice): string {
  const start = formatTime(from, zone, false);
  const end = formatTime(to, zone, false);
  if (start.slice(ZONE_AT) !== end.slice(ZONE_AT)) return `${start} → ${end.slice(11)}`;
  return start.slice(0, 10) === end.slice(0, 10)
    ? `${start.slice(0, 19)} → ${end.slice(11)}`
    : `${start} → ${end}`;
}
