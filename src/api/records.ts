import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { request } from './client';
import { readRecord, readRecords } from './readRecord';
import { facetsSchema, pageSchema, type Page } from './schemas/common';
import type { RecordsParams } from './schemas/search';
import type { AuditRecord, StreamName } from './streams';
import { requestTimeouts } from './timeouts';

export const recordKeys = {
  all: (stream: StreamName) => ['records', stream] as const,
  list: (stream: StreamName, search: object) => ['records', stream, 'list', search] as const,
  count: (stream: StreamName, search: RecordsParams) => ['records', stream, 'count', search] as const,
  detail: (stream: StreamName, id: string) => ['records', stream, 'detail', id] as const,
  facets: (stream: StreamName, field: string, prefix: string) =>
    ['records', stream, 'facets', field, prefix] as const,
};

/** A page as sent: its items are read one by one (readRecords), so that a bad one hides no other. */
const sentPageSchema = pageSchema(z.unknown());

export async function listRecords(
  stream: StreamName,
  params: RecordsParams,
  signal?: AbortSignal,
): Promise<Page<AuditRecord>> {
  const page = await request(`/audit/${stream}/records`, sentPageSchema, {
    params: { ...params },
    signal,
    timeoutMs: requestTimeouts().timeoutMs,
  });
  return { ...page, items: readRecords(stream, page.items, params.cursor ?? 'first') };
}

/** How many records a search finds (a one-record page, for its total). */
export function recordCountQuery(stream: StreamName, params: RecordsParams) {
  return queryOptions({
    queryKey: recordKeys.count(stream, params),
    queryFn: async ({ signal }) => (await listRecords(stream, { ...params, limit: 1 }, signal)).total,
    staleTime: 60_000,
  });
}

export function recordQuery(stream: StreamName, id: string) {
  return queryOptions({
    queryKey: recordKeys.detail(stream, id),
    queryFn: async ({ signal }) =>
      readRecord(
        stream,
        await request(`/audit/${stream}/records/${encodeURIComponent(id)}`, z.unknown(), { signal }),
        id,
      ),
    staleTime: Infinity,
  });
}

export function facetsQuery(stream: StreamName, field: string, prefix: string) {
  return queryOptions({
    queryKey: recordKeys.facets(stream, field, prefix),
    queryFn: ({ signal }) =>
      request(`/audit/${stream}/facets`, facetsSchema, { params: { field, prefix }, signal }),
    staleTime: 60_000,
  });
}
