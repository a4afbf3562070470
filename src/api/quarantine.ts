import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from './client';
import { quarantineListSchema, quarantineRetrySchema } from './schemas/ingest';

export const quarantineKeys = {
  all: ['ingest-quarantine'] as const,
  list: (limit: number) => ['ingest-quarantine', 'list', limit] as const,
};

const PATH = '/ingest/quarantine';
const path = (id: string) => `${PATH}/${encodeURIComponent(id)}`;

export function quarantineQuery(limit: number) {
  return queryOptions({
    queryKey: quarantineKeys.list(limit),
    queryFn: ({ signal }) => request(PATH, quarantineListSchema, { signal, params: { limit } }),
  });
}

/** Runs the event through ingestion again (after a fix of the mapping): stored, already stored, or still refused. */
export function retryQuarantined(id: string) {
  return request(`${path(id)}/retry`, quarantineRetrySchema, { method: 'POST' });
}

export function discardQuarantined(id: string) {
  return request(path(id), z.null(), { method: 'DELETE' });
}

/** Owners only, like the tokens. */
export const useQuarantine = (limit: number, enabled: boolean) =>
  useQuery({ ...quarantineQuery(limit), enabled });

function useRefreshed<T>(write: (id: string) => Promise<T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    // a stored event also adds a record: the grids' queries are not this page's, they refetch on their own
    onSettled: () => client.invalidateQueries({ queryKey: quarantineKeys.all }),
  });
}

export const useRetryQuarantined = () => useRefreshed(retryQuarantined);
export const useDiscardQuarantined = () => useRefreshed(discardQuarantined);
