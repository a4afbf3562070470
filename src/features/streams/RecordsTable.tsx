import {
  Chip,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { whyUnreadable } from '../../api/readRecord';
import type { AuditRecord, StreamName } from '../../api/streams';
import { VisibleText } from '../../components/VisibleText';
import type { TimeZoneChoice } from '../../lib/preferences';
import { formatTime, otherZone } from '../../lib/time';
import { streamDefinitions } from './registry';

export interface RecordsTableItem {
  stream: StreamName;
  record: AuditRecord;
  /** the record's instant (its stream's time field) */
  time: string;
  /** where the record opens: its grid, drawer open */
  href: string;
}

const OUTCOME_LABEL = { success: '✓ success', failure: '✕ failure', neutral: '—' } as const;

/** Records of any streams in one table: time, stream, outcome, and the record's title as a link. */
export function RecordsTable(props: {
  items: readonly RecordsTableItem[];
  zone: TimeZoneChoice;
  /** the id of the heading naming the table */
  labelledBy: string;
}) {
  const { items, zone, labelledBy } = props;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-labelledby={labelledBy}>
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
            const unreadable = whyUnreadable(item.record) !== undefined;
            const outcome = unreadable ? 'neutral' : definition.outcome(item.record);
            const title = unreadable ? 'This record could not be read' : definition.recordTitle(item.record);
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
                  <Link component={RouterLink} to={item.href}>
                    <VisibleText text={title} />
                  </Link>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
