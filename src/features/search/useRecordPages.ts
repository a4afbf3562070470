import { useMemo } from 'react';
import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  type QueryClient,
} from '@tanstack/react-query';
import { listRecords, recordKeys } from '../../api/records';
import { streamContracts, type StreamName } from '../../api/streams';
import { parseQuery } from '../../api/query';
import { printSort, toRecordsParams, type SearchState } from './searchState';

interface PageParam {
  cursor?: string;
  /** when the first page ran: relative times (`now-24h`) resolve against it on every page */
  at?: number;
}

function recordPagesOptions(stream: StreamName, search: SearchState | null) {
  const key = search && {
    q: search.q,
    from: search.from,
    to: search.to,
    sort: printSort(search.sort),
    limit: search.limit,
  };
  return infiniteQueryOptions({
    queryKey: recordKeys.list(stream, key ?? {}),
    queryFn: async ({ pageParam, signal }) => {
      const at = pageParam.at ?? Date.now();
      const params = toRecordsParams(pinnedSearch(search as SearchState, at), at);
      const page = await listRecords(stream, { ...params, cursor: pageParam.cursor }, signal);
      return { ...page, at };
    },
    initialPageParam: {} as PageParam,
    getNextPageParam: (last): PageParam | undefined =>
      last.nextCursor ? { cursor: last.nextCursor, at: last.at } : undefined,
    staleTime: 60_000,
  });
}

/**
 * Asks for a search's first page before React has rendered the change (on Enter, or while the
 * page waits for `/me`), so the request and the rendering overlap; the page's query then finds
 * it in flight or done.
 */
export function prefetchRecordPages(client: QueryClient, stream: StreamName, search: SearchState): void {
  // a query that does not parse is never sent: the page shows its error and keeps its rows
  if (!parseQuery(search.q, streamContracts[stream].fields).ok) return;
  void client.prefetchInfiniteQuery(recordPagesOptions(stream, search));
}

/**
 * Cursor pages of a search. Changing the search aborts the pending request (the signal)
 * and keeps the previous rows on screen until the new ones arrive.
 */
export function useRecordPages(stream: StreamName, search: SearchState | null) {
  const query = useInfiniteQuery({
    ...recordPagesOptions(stream, search),
    placeholderData: keepPreviousData,
    enabled: search !== null,
  });
  // the same array while the pages are the same, so a render for anything else skips the rows
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? null;
  /** the instant the shown search ran at: the histogram and the live tail start from it */
  const at = query.data?.pages[0]?.at ?? null;
  return useMemo(() => ({ query, rows, total, at }), [query, rows, total, at]);
}

/**
 * A search ending "now" ends at `at`: every page is then a slice of the same records, even
 * while new ones keep arriving (the live tail shows those).
 */
export function pinnedSearch(search: SearchState, at: number): SearchState {
  return search.to === null ? { ...search, to: new Date(at).toISOString() } : search;
}
