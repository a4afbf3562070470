import { Alert, Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useSearchParams } from 'react-router';
import { useOverview } from '../../../api/overview';
import { timeZonePreference } from '../../../lib/preferences';
import { usePageTitle } from '../../../lib/usePageTitle';
import { LoadingState } from '../../../components/ResultStates';
import { TimeRangePicker } from '../../search/TimeRangePicker';
import { describeRange } from '../../search/timeRange';
import { FigureCard } from './FigureCard';
import { ComparisonText } from './ComparisonText';
import { COMPARED_WITH, comparable, pinBound, readComparison, readRange, writeRange } from './rangeParams';
import { TopListCard } from './TopListCard';

/** The landing page: the range's key figures against a week earlier (or the previous period), and who stands out. */
export function OverviewPage() {
  usePageTitle('Overview');
  const [params, setParams] = useSearchParams();
  const [zone] = timeZonePreference.usePersisted();
  const range = readRange(params);
  const { compare, notice: compareNotice } = readComparison(params);
  const query = useOverview(range.from, range.to, pinBound, compare);
  const overview = query.data;
  const kind = overview?.previous?.kind ?? null;

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h5" component="h1">
            Overview
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {describeRange(range.from, range.to, zone)}
            <ComparisonText previous={overview?.previous ?? null} zone={zone} />. Every number opens the
            records behind it.
          </Typography>
        </Box>
        <TimeRangePicker
          from={range.from}
          to={range.to}
          zone={zone}
          onChange={(next) => setParams(writeRange(next, compare))}
        />
      </Stack>
      {overview && comparable(overview.range) && (
        <ToggleButtonGroup
          size="small"
          exclusive
          value={compare}
          onChange={(_, next: typeof compare | null) => next && setParams(writeRange(range, next))}
          aria-label="Compare with"
          sx={{ alignSelf: 'flex-start' }}
        >
          <ToggleButton value="week">A week earlier</ToggleButton>
          <ToggleButton value="previous">Previous period</ToggleButton>
        </ToggleButtonGroup>
      )}
      {range.notice && <Alert severity="warning">{range.notice}</Alert>}
      {compareNotice && <Alert severity="warning">{compareNotice}</Alert>}
      {query.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void query.refetch()}>
              Retry
            </Button>
          }
        >
          The overview could not be loaded: {query.error.message}
        </Alert>
      ) : !overview ? (
        <LoadingState />
      ) : (
        <Box aria-busy={query.isFetching} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
            {overview.figures.map((figure) => (
              <FigureCard
                key={figure.key}
                figure={figure}
                range={overview.range}
                comparedWith={kind && COMPARED_WITH[kind]}
              />
            ))}
          </Stack>
          <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
            {overview.tops.map((list) => (
              <TopListCard key={list.key} list={list} range={overview.range} />
            ))}
          </Stack>
        </Box>
      )}
    </Box>
  );
}
