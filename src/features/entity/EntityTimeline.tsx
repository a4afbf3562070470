import { Box, Typography } from '@mui/material';
import type { TimeZoneChoice } from '../../lib/preferences';
import { RecordsTable } from '../streams/RecordsTable';
import type { PinnedRange } from './entityRange';
import { gridLink } from './gridLink';
import { TIMELINE_PER_STREAM, type StreamSearch, type TimelineItem } from './useEntityRecords';

interface Props {
  items: readonly TimelineItem[];
  searches: readonly StreamSearch[];
  range: PinnedRange;
  zone: TimeZoneChoice;
}

/** The newest records of every stream interleaved, newest first; each opens in its grid, drawer open. */
export function EntityTimeline({ items, searches, range, zone }: Props) {
  const queryOf = new Map(searches.map((s) => [s.stream, s.query]));
  return (
    <Box component="section" aria-labelledby="entity-timeline">
      <Typography id="entity-timeline" variant="h6" component="h2">
        Timeline
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        The newest {TIMELINE_PER_STREAM} records of each stream, newest first. Each opens in its grid, among
        the others of this page.
      </Typography>
      <RecordsTable
        labelledBy="entity-timeline"
        zone={zone}
        items={items.map((item) => ({
          ...item,
          href: gridLink(item.stream, queryOf.get(item.stream) ?? '', range, item.record.id),
        }))}
      />
    </Box>
  );
}
