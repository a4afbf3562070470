import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { retryDelay, shouldRetry } from '../api/retry';

export function createQueryClient() {
  // A 403 in the middle of a session means the role changed since `/me` was read: read it
  // again, so that guards show what the user may now do instead of a screen of errors.
  const onError = (error: Error, key: readonly unknown[] | undefined) => {
    if (error instanceof ApiError && error.status === 403 && key?.[0] !== 'me')
      void client.invalidateQueries({ queryKey: ['me'] });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error, undefined) }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
