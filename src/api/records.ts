import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { request } from './client';
import { facetsSchema, pageSchema, type Page } from './schemas/common';
import type { RecordsParams } from './schemas/search';
import { streamContracts, type AuditRecord, type StreamName } from './streams';

export const recordKeys = {
  all: (stream: StreamName) => ['records', stream] as const,
  list: (stream: StreamName, search: object) => ['records', stream, 'list', search] as const,
  count: (stream: StreamName, search: RecordsParams) => ['records', stream, 'count', search] as const,
  detail: (stream: StreamName, id: string) => ['records', stream, 'detail', id] as const,
  facets: (stream: StreamName, field: string, prefix: string) =>
    ['records', stream, 'facets', field, prefix] as const,
};

/** built once per stream: a schema is costly to build, and a search parses a page every time */
const pageSchemas = new Map<StreamName, z.ZodType<Page<AuditRecord>>>();

function recordPageSchema(stream: StreamName): z.ZodType<Page<AuditRecord>> {
  let schema = pageSchemas.get(stream);
  if (!schema) {
    schema = pageSchema(streamContracts[stream].schema) as z.ZodType<Page<AuditRecord>>;
    pageSchemas.set(stream, schema);
  }
  return schema;
}

export function listRecords(
  stream: StreamName,
  params: RecordsParams,
  signal?: AbortSignal,
): Promise<Page<AuditRecord>> {
  return request(`/audit/${stream}/records`, recordPageSchema(stream), { params: { ...params }, signal });
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
    queryFn: ({ signal }) =>
      request(`/audit/${stream}/records/${encodeURIComponent(id)}`, streamContracts[stream].schema, {
        signal,
      }),
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
