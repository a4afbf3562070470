import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { retryDelay, shouldRetry } from '../api/retry';
import { noteFailure, noteSuccess } from '../lib/signInNeeded';

export function createQueryClient() {
  // A 403 in the middle of a session means the role changed since `/me` was read: read it
  // again, so that guards show what the user may now do instead of a screen of errors.
  const onError = (error: Error, key: readonly unknown[] | undefined) => {
    // a 401 is never retried (shouldRetry): the Shell offers "Sign in again" instead
    noteFailure(error);
    if (error instanceof ApiError && error.status === 403 && key?.[0] !== 'me')
      void client.invalidateQueries({ queryKey: ['me'] });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => onError(error, query.queryKey),
      onSuccess: noteSuccess,
    }),
    mutationCache: new MutationCache({
      onError: (error) => onError(error, undefined),
      onSuccess: noteSuccess,
    }),
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
