import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, requestVersioned } from './client';
import type { RecordType } from './schemas/recordTypes';
import {
  savedSearchListSchema,
  savedSearchSchema,
  type SavedSearch,
  type SavedSearchInput,
} from './schemas/savedSearches';

export const savedSearchKeys = {
  all: ['saved-searches'] as const,
  list: (stream: RecordType) => ['saved-searches', 'list', stream] as const,
};

const path = (id: string) => `/saved-searches/${encodeURIComponent(id)}`;

export function savedSearchesQuery(stream: RecordType) {
  return queryOptions({
    queryKey: savedSearchKeys.list(stream),
    queryFn: ({ signal }) =>
      request('/saved-searches', savedSearchListSchema, { params: { stream }, signal }),
  });
}

export function getSavedSearch(id: string, signal?: AbortSignal) {
  return requestVersioned(path(id), savedSearchSchema, { signal });
}

export function createSavedSearch(input: SavedSearchInput, idempotencyKey: string) {
  return request('/saved-searches', savedSearchSchema, { method: 'POST', body: input, idempotencyKey });
}

export function updateSavedSearch(id: string, input: SavedSearchInput, etag: string) {
  return requestVersioned(path(id), savedSearchSchema, { method: 'PUT', body: input, ifMatch: etag });
}

export function deleteSavedSearch(id: string, etag: string) {
  return request(path(id), z.null(), { method: 'DELETE', ifMatch: etag });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: savedSearchKeys.all });
}

export function useCreateSavedSearch() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (save: { input: SavedSearchInput; key: string }) => createSavedSearch(save.input, save.key),
    onSuccess: refresh,
  });
}

export function useRenameSavedSearch() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (save: { search: SavedSearch; name: string; etag: string }) =>
      updateSavedSearch(
        save.search.id,
        { name: save.name, stream: save.search.stream, search: save.search.search },
        save.etag,
      ),
    onSuccess: refresh,
  });
}

export function useDeleteSavedSearch() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (s: Pick<SavedSearch, 'id' | 'etag'>) => deleteSavedSearch(s.id, s.etag),
    onSettled: refresh,
  });
}
