import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useSearchParams } from 'react-router';
import { formatCount } from '../../api/formatCount';
import { showHidden } from '../../api/hiddenChars';
import { streamNames } from '../../api/streams';
import { LoadingState } from '../../components/ResultStates';
import { VisibleText } from '../../components/VisibleText';
import { ENTITY_NOUN, type EntityKind } from '../../lib/entityLinks';
import { hrefs } from '../../lib/links';
import { timeZonePreference, type TimeZoneChoice } from '../../lib/preferences';
import { formatTime, timeZoneOf } from '../../lib/time';
import { usePageTitle } from '../../lib/usePageTitle';
import { TimeRangePicker } from '../search/TimeRangePicker';
import { describeRange } from '../search/timeRange';
import { EntityTimeline } from './EntityTimeline';
import { pinRange, readEntityRange, writeEntityRange, type EntityRange } from './entityRange';
import { gridLink } from './gridLink';
import { StreamSection } from './StreamSection';
import { useEntityHistogram } from './useEntityHistogram';
import { entitySearches, useEntityRecords } from './useEntityRecords';

// recharts is big: the chart loads after the page, in the grids' histogram chunk
const HistogramFigure = lazy(async () => ({
  default: (await import('../charts/HistogramPanel')).HistogramFigure,
}));

const HEADING: Readonly<Record<EntityKind, string>> = { user: 'User', ip: 'Source IP', device: 'Device' };

/** One user, source IP or device across the four streams, over the range in the URL (all time by default). */
export function EntityPage({ kind, value }: { kind: EntityKind; value: string }) {
  usePageTitle(`${HEADING[kind]} ${showHidden(value)}`);
  const [params, setParams] = useSearchParams();
  const [zone] = timeZonePreference.usePersisted();
  const range = readEntityRange(params);
  const setRange = (next: { from: string | null; to: string | null }) => setParams(writeEntityRange(next));
  const noun = ENTITY_NOUN[kind];
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Typography variant="h5" component="h1" sx={{ wordBreak: 'break-all' }}>
            {HEADING[kind]}{' '}
            <Box component="span" sx={{ fontFamily: 'monospace' }}>
              <VisibleText text={value} />
            </Box>
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Every record of the four streams that names this {noun} ·{' '}
            {describeRange(range.from, range.to, zone)}
          </Typography>
        </Box>
        <TimeRangePicker from={range.from} to={range.to} zone={zone} onChange={setRange} />
      </Stack>
      {range.notice && <Alert severity="warning">{range.notice}</Alert>}
      <EntityBody
        key={`${range.from ?? ''}|${range.to ?? ''}`}
        kind={kind}
        value={value}
        range={range}
        zone={zone}
        onRange={(from, to) => setRange({ from, to })}
      />
    </Box>
  );
}

interface BodyProps {
  kind: EntityKind;
  value: string;
  range: EntityRange;
  zone: TimeZoneChoice;
  onRange: (from: string, to: string) => void;
}

/** The page below its heading, for one range: keyed by it, so each range is pinned afresh. */
function EntityBody({ kind, value, range, zone, onRange }: BodyProps) {
  // pinned once: counts, lists and links all cover the same instants
  const [pinned] = useState(() => pinRange(range, Date.now()));
  const searches = entitySearches(kind, value);
  const records = useEntityRecords(searches, pinned);
  const seen = records.status === 'success' ? records : null;
  const histogramFrom = pinned.from ?? seen?.firstSeen ?? null;
  const histogram = useEntityHistogram(
    searches,
    seen && seen.firstSeen !== null && histogramFrom !== null ? { from: histogramFrom, to: pinned.to } : null,
    timeZoneOf(zone),
  );
  const total = seen ? seen.streams.reduce((sum, s) => sum + s.total, 0) : 0;
  const noun = ENTITY_NOUN[kind];

  return (
    <>
      {records.status === 'error' ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={records.retry}>
              Retry
            </Button>
          }
        >
          The records of this {noun} could not be loaded: {records.error?.message}
        </Alert>
      ) : !seen ? (
        <LoadingState />
      ) : total === 0 ? (
        <Alert severity="info" role="status">
          No records name the {noun} “<VisibleText text={value} />” in this range (
          {describeRange(range.from, range.to, zone)}). Check the value, or widen the time range.
        </Alert>
      ) : (
        <>
          <Box component="dl" sx={{ m: 0, display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5 }}>
            {[
              ['Records', formatCount(total)],
              ['First seen', seen.firstSeen ? formatTime(seen.firstSeen, zone, false) : '—'],
              ['Last seen', seen.lastSeen ? formatTime(seen.lastSeen, zone, false) : '—'],
            ].map(([term, detail]) => (
              <Box key={term}>
                <Typography component="dt" variant="caption" color="text.secondary">
                  {term}
                </Typography>
                <Typography component="dd" sx={{ m: 0 }}>
                  {detail}
                </Typography>
              </Box>
            ))}
          </Box>
          <Suspense fallback={<Skeleton variant="rectangular" height={190} aria-hidden />}>
            <HistogramFigure
              histogram={histogram.combined ?? undefined}
              legend="Streams"
              zone={zone}
              onRange={onRange}
              error={histogram.error ? { message: histogram.error.message, retry: histogram.retry } : null}
              hrefFor={(drill) => {
                const bucket = { from: drill.from, to: drill.to };
                const search = searches.find((s) => s.query === drill.band);
                return search
                  ? gridLink(search.stream, search.query, bucket)
                  : hrefs.entity(kind, value, writeEntityRange(bucket));
              }}
            />
          </Suspense>
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))',
            }}
          >
            {streamNames.map((stream) => {
              const found = seen.streams.find((s) => s.stream === stream);
              return (
                <StreamSection
                  key={stream}
                  kind={kind}
                  value={value}
                  stream={stream}
                  query={found?.query ?? null}
                  total={found?.total ?? 0}
                  firstSeen={found?.firstSeen ?? null}
                  lastSeen={found?.lastSeen ?? null}
                  outcomes={histogram.perStream.find((p) => p.stream === stream)}
                  range={pinned}
                  zone={zone}
                />
              );
            })}
          </Box>
          <EntityTimeline items={seen.timeline} searches={searches} range={pinned} zone={zone} />
        </>
      )}
    </>
  );
}
