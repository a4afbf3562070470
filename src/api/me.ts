import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { meSchema } from './schemas/me';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: ({ signal }) => request('/me', meSchema, { signal }),
  staleTime: 5 * 60_000,
});
