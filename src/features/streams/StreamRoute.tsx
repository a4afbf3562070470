import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { meQuery } from '../../api/me';
import { READ_AUDIT_LOGS } from '../../api/schemas/me';
import { isStreamName, type StreamName } from '../../api/streams';
import { NotFound } from '../../components/NotFound';
import { readSearchParams } from '../search/searchState';
import { prefetchRecordPages } from '../search/useRecordPages';
import { RequireAuditAccess } from '../session/RequireAuditAccess';
import { StreamPage } from './StreamPage';
import { streamDefinitions } from './registry';

/**
 * On a first visit the page waits for `/me` before it may show records: ask for them as soon as
 * `/me` says the role may read them, before the page has rendered. Never before: the API refuses
 * a member, and every refusal is an audited 403.
 */
function usePrefetchFirstVisit(stream: StreamName | null) {
  const client = useQueryClient();
  const { search } = useLocation();
  useEffect(() => {
    if (stream === null || client.getQueryData(meQuery.queryKey) !== undefined) return;
    const { contract } = streamDefinitions[stream];
    const { state } = readSearchParams(new URLSearchParams(search), contract);
    void client
      .ensureQueryData(meQuery)
      .then((me) => {
        if (me.permissions.includes(READ_AUDIT_LOGS)) prefetchRecordPages(client, stream, state);
      })
      // RequireAuditAccess shows why `/me` failed
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first visit only; later searches prefetch themselves
  }, [client, stream]);
}

export function StreamRoute() {
  const { stream = '' } = useParams();
  usePrefetchFirstVisit(isStreamName(stream) ? stream : null);
  if (!isStreamName(stream)) return <NotFound />;
  const definition = streamDefinitions[stream];
  return (
    <RequireAuditAccess>
      {/* a fresh page per stream: its search, prefs and focus are its own */}
      <StreamPage key={stream} definition={definition} />
    </RequireAuditAccess>
  );
}
