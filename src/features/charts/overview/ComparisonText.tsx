import type { Overview } from '../../../api/schemas/overview';
import type { TimeZoneChoice } from '../../../lib/preferences';
import { formatTime } from '../../../lib/time';

const WEEK_MS = 7 * 86_400_000;

/** A range a week earlier can be compared with: one that starts somewhere and lasts at most a week. */
export function comparable(range: Overview['range']): boolean {
  if (range.from === null) return false;
  return Date.parse(range.to) - Date.parse(range.from) + 1 <= WEEK_MS;
}

/** ", against the same window a week earlier (from … to …)": says which instants the changes compare with. */
export function ComparisonText({ previous, zone }: { previous: Overview['previous']; zone: TimeZoneChoice }) {
  if (!previous) return null;
  const what =
    previous.kind === 'week' ? 'the same window a week earlier' : 'the period of the same length before it';
  return (
    <>
      , against {what} ({formatTime(previous.from, zone, false)} → {formatTime(previous.to, zone, false)})
    </>
  );
}
