import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Histogram } from '../../api/schemas/histogram';
import type { TimeZoneChoice } from '../../lib/preferences';
import { bucketLabel } from './bucketLabels';
import { formatCount } from '../../api/formatCount';

export interface Drill {
  /** the band's query, '' for all records of the bucket */
  band: string;
  from: string;
  to: string;
}

interface Props {
  histogram: Histogram;
  zone: TimeZoneChoice;
  caption: string;
  /** where a count leads: the grid of those very records */
  hrefFor: (drill: Drill) => string;
}

/** The histogram's counts as a table: every count links to the records behind it (the keyboard's way in). */
export default function HistogramTable({ histogram, zone, caption, hrefFor }: Props) {
  const count = (n: number, drill: Drill, label: string) =>
    n === 0 ? (
      '0'
    ) : (
      <Link component={RouterLink} to={hrefFor(drill)} aria-label={`${formatCount(n)} ${label}`}>
        {formatCount(n)}
      </Link>
    );
  return (
    <Box
      tabIndex={0}
      role="region"
      aria-label={`${caption}, as a table`}
      sx={{
        maxHeight: 260,
        overflow: 'auto',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
      }}
    >
      <Table size="small" stickyHeader>
        <caption style={{ captionSide: 'top', textAlign: 'left', padding: '4px 8px' }}>
          {caption} (buckets of {histogram.interval.label})
        </caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Time
            </TableCell>
            {histogram.series.map((s) => (
              <TableCell key={s.key} component="th" scope="col" align="right">
                {s.label}
              </TableCell>
            ))}
            <TableCell component="th" scope="col" align="right">
              Total
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {histogram.buckets.map((bucket) => {
            const when = bucketLabel(bucket.from, bucket.to, zone);
            const range = { from: bucket.from, to: bucket.to };
            return (
              <TableRow key={bucket.from}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {when}
                </TableCell>
                {histogram.series.map((s, i) =>
                  // a band without a query ("Other") has no search of its own to open
                  s.query === '' ? (
                    <TableCell key={s.key} align="right">
                      {formatCount(bucket.counts[i] ?? 0)}
                    </TableCell>
                  ) : (
                    <TableCell key={s.key} align="right">
                      {count(
                        bucket.counts[i] ?? 0,
                        { ...range, band: s.query },
                        `${s.label} records, ${when}`,
                      )}
                    </TableCell>
                  ),
                )}
                <TableCell align="right">
                  {count(bucket.total, { ...range, band: '' }, `records, ${when}`)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
