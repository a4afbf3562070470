import { useQueries } from '@tanstack/react-query';
import { Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatCount } from '../../api/formatCount';
import { andQueryTexts } from '../../api/query';
import { recordCountQuery } from '../../api/records';
import { streamContracts, type StreamName } from '../../api/streams';
import { ENTITY_NOUN, type EntityKind } from '../../lib/entityLinks';
import type { TimeZoneChoice } from '../../lib/preferences';
import { formatTime } from '../../lib/time';
import { CountLinks } from './CountLinks';
import { activitySplit } from './entityQueries';
import type { PinnedRange } from './entityRange';
import { gridLink } from './gridLink';
import { StageFailures } from './StageFailures';
import type { StreamOutcomes } from './useEntityHistogram';

/** What each stream's records say of an entity, for the section's description. */
const ABOUT: Readonly<Record<StreamName, string>> = {
  authentication: 'Sign-in steps, and which failed at which stage',
  authorisation: 'Allow and deny decisions on requests made with a token',
  access: 'Requests through the proxy, by response status',
  activity: 'Changes to users, devices and settings',
};

interface Props {
  kind: EntityKind;
  value: string;
  stream: StreamName;
  /** the stream's search for the entity, null when its records never name one */
  query: string | null;
  total: number;
  firstSeen: string | null;
  lastSeen: string | null;
  outcomes: StreamOutcomes | undefined;
  range: PinnedRange;
  zone: TimeZoneChoice;
}

/** One stream's records of the entity: how many, when, split by outcome, each count a link into its grid. */
export function StreamSection(props: Props) {
  const { kind, value, stream, query, total, firstSeen, lastSeen, outcomes, range, zone } = props;
  const title = streamContracts[stream].title;
  const headingId = `entity-${stream}`;
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack spacing={1}>
          <Typography id={headingId} variant="h6" component="h2">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {ABOUT[stream]}.
          </Typography>
          {query === null ? (
            <Typography variant="body2">
              {title} records do not name a {ENTITY_NOUN[kind]}.
            </Typography>
          ) : (
            <>
              <Typography variant="body2">
                <Link component={RouterLink} to={gridLink(stream, query, range)}>
                  {formatCount(total)} {total === 1 ? 'record' : 'records'} in {title}
                </Link>
                {firstSeen && lastSeen && (
                  <>
                    {' '}
                    · first {formatTime(firstSeen, zone, false)} · last {formatTime(lastSeen, zone, false)}
                  </>
                )}
              </Typography>
              {outcomes && total > 0 && (
                <CountLinks
                  title="By outcome"
                  unit="records"
                  items={outcomes.bands
                    .filter((b) => b.count > 0)
                    .map((b) => ({
                      key: b.key,
                      label: b.label,
                      count: b.count,
                      href: gridLink(stream, andQueryTexts(query, b.query), range),
                    }))}
                />
              )}
              {stream === 'authentication' && total > 0 && <StageFailures query={query} range={range} />}
              {stream === 'activity' && total > 0 && (
                <ActivitySplit kind={kind} value={value} range={range} />
              )}
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

function ActivitySplit({ kind, value, range }: { kind: EntityKind; value: string; range: PinnedRange }) {
  const searches = activitySplit(kind, value);
  const counts = useQueries({
    queries: searches.map((s) => recordCountQuery('activity', { q: s.query, ...range })),
  });
  if (searches.length === 0) return null;
  if (counts.some((c) => c.isError))
    return <Typography color="error">The changes could not be counted.</Typography>;
  if (counts.some((c) => c.isPending))
    return <Typography color="text.secondary">Counting changes…</Typography>;
  return (
    <CountLinks
      title="Changes"
      unit="records"
      items={searches.map((s, i) => ({
        key: s.key,
        label: s.label,
        count: counts[i]?.data ?? 0,
        href: gridLink('activity', s.query, range),
      }))}
    />
  );
}
