import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';
import { overviewSchema, type Comparison, type Overview, type OverviewParams } from './schemas/overview';

export const overviewKeys = {
  all: ['overview'] as const,
  range: (from: string | null, to: string | null, compare: Comparison) =>
    ['overview', from, to, compare] as const,
};

export function fetchOverview(params: OverviewParams, signal?: AbortSignal): Promise<Overview> {
  return request('/audit/overview', overviewSchema, { params: { ...params }, signal });
}

/** How often an overview of a range ending now is counted again, while its tab is visible. */
export const REFRESH_MS = 30_000;

/**
 * The overview of a range as the URL says it (`now-24h` style or ISO); relative bounds are
 * pinned when the request is made, and the answer says which instants it counted.
 */
export function overviewQuery(
  from: string | null,
  to: string | null,
  pin: (bound: string) => string,
  compare: Comparison = 'week',
) {
  return queryOptions({
    queryKey: overviewKeys.range(from, to, compare),
    queryFn: ({ signal }) =>
      fetchOverview(
        {
          from: from === null ? undefined : pin(from),
          to: pin(to ?? 'now'),
          ...(compare !== 'week' && { compare }),
        },
        signal,
      ),
    staleTime: 60_000,
    // a range ending now grows as records arrive (ingested, or the console's own audit trail)
    refetchInterval: to === null || to.startsWith('now') ? REFRESH_MS : false,
    placeholderData: keepPreviousData,
  });
}

export function useOverview(
  from: string | null,
  to: string | null,
  pin: (bound: string) => string,
  compare: Comparison = 'week',
) {
  return useQuery(overviewQuery(from, to, pin, compare));
}
