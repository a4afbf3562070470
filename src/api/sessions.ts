import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from './client';
import { sessionListSchema, SESSIONS_PATH } from './schemas/sessions';

export const sessionKeys = { list: () => ['sessions', 'list'] as const };

export const sessionsQuery = queryOptions({
  queryKey: sessionKeys.list(),
  queryFn: ({ signal }) => request(SESSIONS_PATH, sessionListSchema, { signal }),
});

/** Owners on a server with sign-in only: elsewhere the list is not even asked for. */
export const useSessions = (enabled: boolean) => useQuery({ ...sessionsQuery, enabled });

/** Ending an ended session is a 404, not a second ending: a retry harms nothing. */
export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (handle: string) =>
      request(`${SESSIONS_PATH}/${encodeURIComponent(handle)}`, z.null(), { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: sessionKeys.list() }),
  });
}
