import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRoot } from './config';
import { request } from './client';
import {
  createdIngestTokenSchema,
  ingestTokenListSchema,
  ingestTokenSchema,
  type IngestTokenInput,
} from './schemas/ingest';

export const ingestTokenKeys = {
  all: ['ingest-tokens'] as const,
  list: () => ['ingest-tokens', 'list'] as const,
};

const PATH = '/ingest/tokens';

export const ingestTokensQuery = queryOptions({
  queryKey: ingestTokenKeys.list(),
  queryFn: ({ signal }) => request(PATH, ingestTokenListSchema, { signal }),
});

/** The one answer that carries the secret: the same key on a retry gets the same token back. */
export function createIngestToken(input: IngestTokenInput, idempotencyKey: string) {
  return request(PATH, createdIngestTokenSchema, { method: 'POST', body: input, idempotencyKey });
}

/** Revoking a revoked token changes nothing, so a retry is harmless and needs no version. */
export function revokeIngestToken(id: string) {
  return request(`${PATH}/${encodeURIComponent(id)}`, ingestTokenSchema, { method: 'DELETE' });
}

/** Where senders post records, as a full URL for a sender's configuration. */
export function ingestUrl(origin: string): string {
  return new URL(`${apiRoot}/ingest`, origin).href;
}

/** Owners only: the API refuses anyone else, so the list is not even asked for then. */
export const useIngestTokens = (enabled: boolean) => useQuery({ ...ingestTokensQuery, enabled });

export function useCreateIngestToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (create: { input: IngestTokenInput; key: string }) =>
      createIngestToken(create.input, create.key),
    // the answer holds the secret: the mutation cache must not keep it after the dialog
    gcTime: 0,
    onSettled: () => client.invalidateQueries({ queryKey: ingestTokenKeys.list() }),
  });
}

export function useRevokeIngestToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeIngestToken(id),
    onSettled: () => client.invalidateQueries({ queryKey: ingestTokenKeys.list() }),
  });
}
