import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';
import { meQuery } from '../../api/me';
import { isStreamName, type StreamName } from '../../api/streams';
import { NotFound } from '../../components/NotFound';
import { readSearchParams } from '../search/searchState';
import { prefetchRecordPages } from '../search/useRecordPages';
import { RequireAuditAccess } from '../session/RequireAuditAccess';
import { StreamPage } from './StreamPage';
import { streamDefinitions } from './registry';

/**
 * On a first visit the page waits for `/me` before it may show records: ask for them at the same
 * time instead of after. (Once `/me` is known the page asks itself; the mock refuses a member.)
 */
function usePrefetchFirstVisit(stream: StreamName | null) {
  const client = useQueryClient();
  const { search } = useLocation();
  useEffect(() => {
    if (stream === null || client.getQueryData(meQuery.queryKey) !== undefined) return;
    const { contract } = streamDefinitions[stream];
    const { state } = readSearchParams(new URLSearchParams(search), contract);
    prefetchRecordPages(client, stream, state);
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
