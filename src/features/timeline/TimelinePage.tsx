import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { AuthenticationRecord } from '../../api/streams/authentication';
import type { TimelineKey } from '../../api/schemas/timeline';
import { timelineQuery } from '../../api/timeline';
import { timeZonePreference } from '../../lib/preferences';
import { hrefs } from '../../lib/links';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoadingState } from '../../components/ResultStates';
import { streamDefinitions } from '../streams/registry';
import { RecordsTable } from '../streams/RecordsTable';
import { LoginPipeline } from './LoginPipeline';
import { pipelines } from './pipeline';
import { formatCount } from '../../api/formatCount';
import { VisibleText } from '../../components/VisibleText';

const KEY_LABEL: Record<TimelineKey, string> = {
  trace_id: 'trace',
  session: 'session',
  token: 'token',
  request_id: 'request',
};

export function TimelinePage({ timelineKey, value }: { timelineKey: TimelineKey; value: string }) {
  usePageTitle(`Timeline of ${KEY_LABEL[timelineKey]} ${value}`);
  const [zone] = timeZonePreference.usePersisted();
  const timeline = useQuery(timelineQuery(timelineKey, value));
  const auth = streamDefinitions.authentication;
  const logins =
    timeline.data &&
    pipelines(
      timeline.data.items.flatMap((i) => (i.stream === 'authentication' ? [i.record] : [])),
      (r: AuthenticationRecord) => auth.outcome?.(r) ?? 'neutral',
    );

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box>
        <Typography variant="h5" component="h1">
          Timeline
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
          Every record of every stream tied to the {KEY_LABEL[timelineKey]}{' '}
          <code>
            <VisibleText text={value} />
          </code>
          , oldest first.
        </Typography>
      </Box>
      {timeline.isPending && <LoadingState />}
      {timeline.isError && (
        <Alert severity="error" action={<Button onClick={() => void timeline.refetch()}>Retry</Button>}>
          {timeline.error.message}
        </Alert>
      )}
      {timeline.data && (
        <>
          <Typography role="status">
            {formatCount(timeline.data.items.length)} records
            {timeline.data.truncated ? ' (only the first are shown)' : ''}
          </Typography>
          {timeline.data.items.length === 0 && (
            <Alert severity="info">No records are tied to this {KEY_LABEL[timelineKey]}.</Alert>
          )}
          {logins && logins.length > 0 && (
            <Box component="section" aria-labelledby="timeline-logins">
              <Typography id="timeline-logins" variant="h6" component="h2" gutterBottom>
                Login {logins.length === 1 ? 'attempt' : 'attempts'}
              </Typography>
              <Stack spacing={1}>
                {logins.map((p) => (
                  <LoginPipeline key={p.traceId} pipeline={p} />
                ))}
              </Stack>
            </Box>
          )}
          {timeline.data.items.length > 0 && (
            <Box component="section" aria-labelledby="timeline-records">
              <Typography id="timeline-records" variant="h6" component="h2" gutterBottom>
                Records in time order
              </Typography>
              <RecordsTable
                labelledBy="timeline-records"
                zone={zone}
                items={timeline.data.items.map((item) => ({
                  ...item,
                  href: hrefs.record(item.stream, item.record.id),
                }))}
              />
            </Box>
          )}
        </>
      )}
    </Box>
  );
}
