import { queryOptions } from '@tanstack/react-query';
import { request } from './client';
import { timelineSchema, type TimelineKey } from './schemas/timeline';

export function timelineQuery(key: TimelineKey, value: string) {
  return queryOptions({
    queryKey: ['timeline', key, value],
    queryFn: ({ signal }) => request('/audit/timeline', timelineSchema, { params: { key, value }, signal }),
    staleTime: 60_000,
  });
}
