import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { request, requestVersioned, type Versioned } from './client';
import {
  destinationListSchema,
  destinationSchema,
  testResultSchema,
  type Destination,
  type DestinationInput,
} from './schemas/destinations';

export const destinationKeys = {
  all: ['audit-destinations'] as const,
  list: () => ['audit-destinations', 'list'] as const,
  detail: (id: string) => ['audit-destinations', 'detail', id] as const,
};

const path = (id: string) => `/audit-destinations/${encodeURIComponent(id)}`;

export const destinationsQuery = queryOptions({
  queryKey: destinationKeys.list(),
  queryFn: ({ signal }) => request('/audit-destinations', destinationListSchema, { signal }),
});

export function destinationQuery(id: string) {
  return queryOptions({
    queryKey: destinationKeys.detail(id),
    queryFn: ({ signal }) => getDestination(id, signal),
  });
}

export function getDestination(id: string, signal?: AbortSignal): Promise<Versioned<Destination>> {
  return requestVersioned(path(id), destinationSchema, { signal });
}

export function createDestination(input: DestinationInput, idempotencyKey: string) {
  return requestVersioned('/audit-destinations', destinationSchema, {
    method: 'POST',
    body: input,
    idempotencyKey,
  });
}

/** Replaces the version `etag` names; a stale one is refused with 412. */
export function updateDestination(id: string, input: DestinationInput, etag: string) {
  return requestVersioned(path(id), destinationSchema, { method: 'PUT', body: input, ifMatch: etag });
}

export function deleteDestination(id: string, etag: string) {
  return request(path(id), z.null(), { method: 'DELETE', ifMatch: etag });
}

export function sendTestEvent(id: string) {
  return request(`${path(id)}/test`, testResultSchema, { method: 'POST' });
}

/** A destination as a write sends it back: its settings, the secret left out (kept). */
export function toInput(d: Destination): DestinationInput {
  return {
    name: d.name,
    type: d.type,
    url: d.url,
    path: d.path,
    recordTypes: d.recordTypes,
    connectorToCloud: d.connectorToCloud,
    enabled: d.enabled,
    auth: d.auth,
  };
}

export const useDestinations = () => useQuery(destinationsQuery);

/** Every write refreshes the list and the one destination it changed. */
function useSettled() {
  const client = useQueryClient();
  return (saved?: Versioned<Destination>) => {
    if (saved) client.setQueryData(destinationKeys.detail(saved.data.id), saved);
    return client.invalidateQueries({ queryKey: destinationKeys.list() });
  };
}

export function useToggleDestination() {
  const settled = useSettled();
  return useMutation({
    mutationFn: (d: Destination) => updateDestination(d.id, { ...toInput(d), enabled: !d.enabled }, d.etag),
    onSuccess: (saved) => settled(saved),
    onError: () => settled(),
  });
}

export function useDeleteDestination() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (d: Pick<Destination, 'id' | 'etag'>) => deleteDestination(d.id, d.etag),
    onSettled: (_data, _error, d) => {
      client.removeQueries({ queryKey: destinationKeys.detail(d.id) });
      return client.invalidateQueries({ queryKey: destinationKeys.list() });
    },
  });
}

export function useSendTestEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: sendTestEvent,
    onSettled: () => client.invalidateQueries({ queryKey: destinationKeys.list() }),
  });
}

export function useSaveDestination() {
  const settled = useSettled();
  return useMutation({
    mutationFn: (save: { id: string | null; input: DestinationInput; etag: string | null; key: string }) =>
      save.id === null || save.etag === null
        ? createDestination(save.input, save.key)
        : updateDestination(save.id, save.input, save.etag),
    onSuccess: (saved) => settled(saved),
  });
}
