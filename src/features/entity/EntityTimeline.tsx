import {
  Box,
  Chip,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { whyUnreadable } from '../../api/readRecord';
import { VisibleText } from '../../components/VisibleText';
import type { TimeZoneChoice } from '../../lib/preferences';
import { formatTime, otherZone } from '../../lib/time';
import { streamDefinitions } from '../streams/registry';
import type { PinnedRange } from './entityRange';
import { gridLink } from './gridLink';
import { TIMELINE_PER_STREAM, type StreamSearch, type TimelineItem } from './useEntityRecords';

const OUTCOME_LABEL = { success: '✓ success', failure: '✕ failure', neutral: '—' } as const;

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
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-labelledby="entity-timeline">
          <TableHead>
            <TableRow>
              <TableCell>Time</TableCell>
              <TableCell>Stream</TableCell>
              <TableCell>Outcome</TableCell>
              <TableCell>Record</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => {
              const definition = streamDefinitions[item.stream];
              const unreadable = whyUnreadable(item.record);
              const outcome = unreadable ? 'neutral' : definition.outcome(item.record);
              const title = unreadable
                ? 'This record could not be read'
                : definition.recordTitle(item.record);
              return (
                <TableRow key={`${item.stream}/${item.record.id}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }} title={formatTime(item.time, otherZone(zone))}>
                    {formatTime(item.time, zone)}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={definition.title} />
                  </TableCell>
                  <TableCell
                    sx={{
                      whiteSpace: 'nowrap',
                      color:
                        outcome === 'failure'
                          ? 'error.main'
                          : outcome === 'success'
                            ? 'success.main'
                            : 'text.primary',
                    }}
                  >
                    {OUTCOME_LABEL[outcome]}
                  </TableCell>
                  <TableCell dir="auto" sx={{ wordBreak: 'break-word' }}>
                    <Link
                      component={RouterLink}
                      to={gridLink(item.stream, queryOf.get(item.stream) ?? '', range, item.record.id)}
                    >
                      <VisibleText text={title} />
                    </Link>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
