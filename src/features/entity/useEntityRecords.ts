import { useQueries } from '@tanstack/react-query';
import { listRecords } from '../../api/records';
import { streamContracts, streamNames, type AuditRecord, type StreamName } from '../../api/streams';
import type { EntityKind } from '../../lib/entityLinks';
import { entityQuery } from './entityQueries';
import type { PinnedRange } from './entityRange';

/** The newest records of each stream that the combined timeline interleaves. */
export const TIMELINE_PER_STREAM = 25;

export interface StreamSearch {
  stream: StreamName;
  query: string;
}

export interface TimelineItem {
  stream: StreamName;
  record: AuditRecord;
  time: string;
}

/** The streams whose records can name this entity, with the search for them. */
export function entitySearches(kind: EntityKind, value: string): StreamSearch[] {
  return streamNames.flatMap((stream) => {
    const query = entityQuery(kind, stream, value);
    return query === null ? [] : [{ stream, query }];
  });
}

const timeOf = (stream: StreamName, record: AuditRecord): string => {
  const value = record[streamContracts[stream].timeField];
  return typeof value === 'string' ? value : '';
};

/**
 * Per stream: its newest records with the total (one page), and its oldest record (first seen).
 * Two small pages a stream, whatever the entity's volume.
 */
export function useEntityRecords(searches: readonly StreamSearch[], range: PinnedRange) {
  const page = (s: StreamSearch, oldest: boolean) => ({
    queryKey: ['entity', s.stream, s.query, range, oldest ? 'oldest' : 'newest'],
    queryFn: ({ signal }: { signal: AbortSignal }) => {
      const field = streamContracts[s.stream].timeField;
      return listRecords(
        s.stream,
        { q: s.query, ...range, sort: oldest ? field : `-${field}`, limit: oldest ? 1 : TIMELINE_PER_STREAM },
        signal,
      );
    },
    staleTime: 60_000,
  });
  const newest = useQueries({ queries: searches.map((s) => page(s, false)) });
  const oldest = useQueries({ queries: searches.map((s) => page(s, true)) });
  const all = [...newest, ...oldest];
  const failed = all.find((q) => q.isError);
  const done = all.every((q) => q.data !== undefined);
  if (!done) {
    return {
      status: failed ? ('error' as const) : ('pending' as const),
      error: failed?.error ?? null,
      retry: () => all.forEach((q) => q.isError && void q.refetch()),
    };
  }
  const streams = searches.map((s, i) => {
    const first = oldest[i]?.data?.items[0];
    const last = newest[i]?.data?.items[0];
    return {
      ...s,
      total: newest[i]?.data?.total ?? 0,
      firstSeen: first ? timeOf(s.stream, first) : null,
      lastSeen: last ? timeOf(s.stream, last) : null,
    };
  });
  const timeline: TimelineItem[] = searches
    .flatMap((s, i) =>
      (newest[i]?.data?.items ?? []).map((record) => ({
        stream: s.stream,
        record,
        time: timeOf(s.stream, record),
      })),
    )
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  return { status: 'success' as const, streams, timeline, ...seenBounds(streams) };
}
export type EntityRecords = Extract<ReturnType<typeof useEntityRecords>, { status: 'success' }>;

/** The earliest first and latest last sighting over the streams (times compared as instants). */
function seenBounds(streams: readonly { firstSeen: string | null; lastSeen: string | null }[]) {
  let firstSeen: string | null = null;
  let lastSeen: string | null = null;
  for (const s of streams) {
    if (s.firstSeen && (firstSeen === null || Date.parse(s.firstSeen) < Date.parse(firstSeen)))
      firstSeen = s.firstSeen;
    if (s.lastSeen && (lastSeen === null || Date.parse(s.lastSeen) > Date.parse(lastSeen)))
      lastSeen = s.lastSeen;
  }
  return { firstSeen, lastSeen };
}
