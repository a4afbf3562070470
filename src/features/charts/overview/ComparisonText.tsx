import type { Overview } from '../../../api/schemas/overview';
import type { TimeZoneChoice } from '../../../lib/preferences';
import { formatTime } from '../../../lib/time';

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
