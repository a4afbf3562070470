import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { eventTypesSchema } from './schemas/eventTypes';

export const eventTypesQuery = queryOptions({
  queryKey: ['event-types'],
  queryFn: ({ signal }) => request('/audit/event-types', eventTypesSchema, { signal }),
  staleTime: Infinity,
});
