import { Suspense, lazy } from 'react';
import { Skeleton } from '@mui/material';
import type { HistogramPanelProps } from './HistogramPanel';

// recharts is big: it loads after the grid, in its own chunk
const HistogramPanel = lazy(() => import('./HistogramPanel'));

export function LazyHistogram(props: HistogramPanelProps) {
  return (
    <Suspense fallback={<Skeleton variant="rectangular" height={190} aria-hidden />}>
      <HistogramPanel {...props} />
    </Suspense>
  );
}
