import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Box } from '@mui/material';
import { useTheme } from '@mui/material/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
} from 'recharts';
import type { MouseHandlerDataParam } from 'recharts';
import type { Histogram } from '../../api/schemas/histogram';
import type { TimeZoneChoice } from '../../lib/preferences';
import { bucketLabel, tickLabel } from './bucketLabels';
import { toneColor } from './tones';

interface Props {
  histogram: Histogram;
  zone: TimeZoneChoice;
  title: string;
  description: string;
  /** a drag across buckets, or a click on one: the range of buckets [first, last] */
  onSelect: (first: number, last: number) => void;
}

function indexOf(state: MouseHandlerDataParam): number | null {
  const n = Number(state.activeTooltipIndex ?? state.activeIndex);
  return state.activeTooltipIndex == null || Number.isNaN(n) ? null : n;
}

/** Reports the bar the tooltip is on, which the arrow keys move (recharts' accessibility layer). */
function ActiveBucket({ onChange }: { onChange: (index: number | null) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => onChange(label === undefined ? null : Number(label)), [label, onChange]);
  return null;
}

/**
 * Stacked bars of a histogram; dragging across selects buckets, a click selects one, and so
 * does Enter on the bar the arrow keys moved to.
 */
/** Memoised: a grid's search re-renders the page, and recharts is costly to render for nothing. */
export default memo(function HistogramChart({ histogram, zone, title, description, onSelect }: Props) {
  const theme = useTheme();
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const active = useRef<number | null>(null);
  const onActive = useCallback((index: number | null) => {
    active.current = index;
  }, []);
  const data = histogram.buckets.map((bucket, index) => ({
    index,
    ...Object.fromEntries(histogram.series.map((s, i) => [s.key, bucket.counts[i] ?? 0])),
  }));
  const text = theme.palette.text.secondary;

  const finish = () => {
    if (drag) onSelect(Math.min(drag.start, drag.end), Math.max(drag.start, drag.end));
    setDrag(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.key === 'Enter' || event.key === ' ') && active.current !== null) {
      event.preventDefault();
      onSelect(active.current, active.current);
    }
  };

  return (
    // keys come from the chart's focusable surface (recharts' svg, role application) inside
    <Box onKeyDown={onKeyDown} sx={{ width: '100%', height: 150, userSelect: 'none', cursor: 'crosshair' }}>
      <BarChart
        responsive
        style={{ width: '100%', height: '100%' }}
        data={data}
        title={title}
        desc={description}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        barCategoryGap={1}
        onMouseDown={(state) => {
          const i = indexOf(state);
          if (i !== null) setDrag({ start: i, end: i });
        }}
        onMouseMove={(state) => {
          const i = indexOf(state);
          if (drag && i !== null && i !== drag.end) setDrag({ ...drag, end: i });
        }}
        onMouseUp={finish}
        onMouseLeave={() => setDrag(null)}
      >
        <ActiveBucket onChange={onActive} />
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis
          dataKey="index"
          tickFormatter={(i: number) => {
            const bucket = histogram.buckets[i];
            const previous = histogram.buckets[i - 1]?.from;
            return bucket ? tickLabel(bucket.from, histogram.interval.ms, zone, previous) : '';
          }}
          tick={{ fill: text, fontSize: 11 }}
          stroke={theme.palette.divider}
          minTickGap={24}
        />
        <YAxis
          allowDecimals={false}
          width={48}
          tick={{ fill: text, fontSize: 11 }}
          stroke={theme.palette.divider}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: theme.palette.action.hover }}
          contentStyle={{
            background: theme.palette.background.paper,
            border: `1px solid ${theme.palette.divider}`,
            color: theme.palette.text.primary,
            fontSize: 12,
          }}
          labelStyle={{ color: theme.palette.text.primary }}
          labelFormatter={(i) => {
            const bucket = histogram.buckets[Number(i)];
            return bucket ? bucketLabel(bucket.from, bucket.to, zone) : '';
          }}
        />
        {histogram.series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="outcome"
            fill={toneColor(theme, s.tone)}
            isAnimationActive={false}
          />
        ))}
        {drag && drag.start !== drag.end && (
          <ReferenceArea
            x1={Math.min(drag.start, drag.end)}
            x2={Math.max(drag.start, drag.end)}
            fill={theme.palette.primary.main}
            fillOpacity={0.15}
            stroke={theme.palette.primary.main}
          />
        )}
      </BarChart>
    </Box>
  );
});
