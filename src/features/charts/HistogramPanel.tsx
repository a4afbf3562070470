import { useCallback, useId, useState } from 'react';
import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import TableRowsIcon from '@mui/icons-material/TableRows';
import BarChartIcon from '@mui/icons-material/BarChart';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import { useHistogram } from '../../api/histogram';
import type { Histogram, HistogramParams } from '../../api/schemas/histogram';
import type { StreamName } from '../../api/streams';
import type { TimeZoneChoice } from '../../lib/preferences';
import HistogramChart from './HistogramChart';
import HistogramTable, { type Drill } from './HistogramTable';
import { toneColor } from './tones';
import { visuallyHidden } from '../../lib/visuallyHidden';
import { formatCount } from '../../api/formatCount';

export interface HistogramPanelProps {
  stream: StreamName;
  /** the grid's search with its instants pinned; null until the grid knows them */
  params: HistogramParams | null;
  zone: TimeZoneChoice;
  /** narrow the search to this range (ISO instants, inclusive) */
  onRange: (from: string, to: string) => void;
  hrefFor: (drill: Drill) => string;
  /** the grid's own request failed, so `params` never comes: why, and how to try again */
  blocked: { message: string; retry: () => void } | null;
  /** hides the chart, leaving room for the grid's rows */
  onHide: () => void;
}

const HEIGHT = 150;

/** Records over time above a grid: stacked by outcome, drag or click to zoom, or read as a table. */
export default function HistogramPanel(props: HistogramPanelProps) {
  const { stream, params, zone, onRange, hrefFor, blocked, onHide } = props;
  const query = useHistogram(stream, params);
  const error = query.isError
    ? { message: query.error.message, retry: () => void query.refetch() }
    : blocked && !query.data
      ? blocked
      : null;
  return (
    <HistogramFigure
      histogram={query.data}
      legend="Outcomes"
      zone={zone}
      onRange={onRange}
      hrefFor={hrefFor}
      error={error}
      onHide={onHide}
    />
  );
}

export interface HistogramFigureProps {
  /** undefined while it loads */
  histogram: Histogram | undefined;
  /** what the stacks are, for the legend's accessible name: "Outcomes" */
  legend: string;
  zone: TimeZoneChoice;
  onRange: (from: string, to: string) => void;
  hrefFor: (drill: Drill) => string;
  error: { message: string; retry: () => void } | null;
  /** a "Hide chart" button, where the chart can be collapsed */
  onHide?: () => void;
}

/** A histogram as a figure: legend with totals, stacked bars to drag or click, or a table of links. */
export function HistogramFigure(props: HistogramFigureProps) {
  const { histogram, legend, zone, onRange, hrefFor, error, onHide } = props;
  const theme = useTheme();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  const title = 'Records over time';
  const onSelect = useCallback(
    (first: number, last: number) => {
      const a = histogram?.buckets[first];
      const b = histogram?.buckets[last];
      if (a && b) onRange(a.from, b.to);
    },
    [histogram, onRange],
  );
  const totals = histogram
    ? histogram.series.map((s, i) => ({
        ...s,
        count: histogram.buckets.reduce((sum, b) => sum + (b.counts[i] ?? 0), 0),
      }))
    : [];
  const description = histogram
    ? `${formatCount(histogram.total)} records in buckets of ${histogram.interval.label}: ${totals
        .map((t) => `${t.label} ${formatCount(t.count)}`)
        .join(
          ', ',
        )}. Drag across the bars to narrow the time range, or click a bar to zoom into it; with the keyboard, the arrow keys move between bars and Enter zooms into one.`
    : 'Loading the histogram.';

  return (
    <Box
      component="figure"
      aria-labelledby={titleId}
      aria-describedby={descId}
      sx={{ m: 0, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', p: 1 }}
    >
      <Stack direction="row" component="figcaption" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography id={titleId} variant="subtitle2" component="h2">
          {title}
        </Typography>
        <Stack
          direction="row"
          component="ul"
          aria-label={legend}
          sx={{ gap: 1.5, m: 0, p: 0, listStyle: 'none', flexWrap: 'wrap' }}
        >
          {totals.map((t) => (
            <Stack
              key={t.key}
              component="li"
              direction="row"
              sx={{ alignItems: 'center', gap: 0.5, fontSize: 12 }}
            >
              <Box
                aria-hidden
                sx={{ width: 10, height: 10, borderRadius: 0.5, bgcolor: toneColor(theme, t.tone) }}
              />
              {t.label} {formatCount(t.count)}
            </Stack>
          ))}
        </Stack>
        <Typography
          id={descId}
          variant="caption"
          color="text.secondary"
          sx={{ flex: 1, minWidth: 'min(200px, 100%)' }}
        >
          {histogram ? `Buckets of ${histogram.interval.label} · drag to narrow, click a bar to zoom` : ' '}
          <Box component="span" sx={visuallyHidden}>
            {description}
          </Box>
        </Typography>
        <Button
          size="small"
          aria-pressed={asTable}
          startIcon={asTable ? <BarChartIcon /> : <TableRowsIcon />}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? 'View as chart' : 'View as table'}
        </Button>
        {onHide && (
          <Button size="small" aria-expanded startIcon={<ExpandLessIcon />} onClick={onHide}>
            Hide chart
          </Button>
        )}
      </Stack>
      {error ? (
        // polite: the grid's own error is the alert; the chart beside it failing is secondary
        <Alert
          severity="error"
          role="status"
          sx={{ mt: 1 }}
          action={
            <Button color="inherit" onClick={error.retry}>
              Retry
            </Button>
          }
        >
          The histogram could not be loaded: {error.message}
        </Alert>
      ) : !histogram ? (
        <Skeleton variant="rectangular" height={HEIGHT} aria-hidden />
      ) : asTable ? (
        <HistogramTable histogram={histogram} zone={zone} caption={title} hrefFor={hrefFor} />
      ) : (
        <HistogramChart
          histogram={histogram}
          zone={zone}
          title={title}
          description={description}
          onSelect={onSelect}
        />
      )}
    </Box>
  );
}
