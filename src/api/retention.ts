import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request, requestVersioned } from './client';
import { recordTypes } from './schemas/recordTypes';
import { FOREVER, retentionImpactSchema, retentionSchema, type RetentionPolicies } from './schemas/retention';

export const retentionKeys = {
  all: ['audit-retention'] as const,
  current: () => ['audit-retention', 'current'] as const,
  impact: (policies: Partial<RetentionPolicies>) => ['audit-retention', 'impact', policies] as const,
};

export function getRetention(signal?: AbortSignal) {
  return requestVersioned('/audit-retention', retentionSchema, { signal });
}

export const retentionQuery = queryOptions({
  queryKey: retentionKeys.current(),
  queryFn: ({ signal }) => getRetention(signal),
});

/** How many stored records these periods would remove (only the types given are counted). */
export function fetchRetentionImpact(policies: Partial<RetentionPolicies>, signal?: AbortSignal) {
  const params = Object.fromEntries(
    recordTypes.filter((t) => t in policies).map((t) => [t, policies[t] === null ? FOREVER : policies[t]]),
  );
  return request('/audit-retention/impact', retentionImpactSchema, { params, signal });
}

export function updateRetention(policies: RetentionPolicies, etag: string) {
  return requestVersioned('/audit-retention', retentionSchema, {
    method: 'PUT',
    body: { policies },
    ifMatch: etag,
  });
}

export function useSaveRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: { policies: RetentionPolicies; etag: string }) =>
      updateRetention(save.policies, save.etag),
    onSuccess: (saved) => {
      client.setQueryData(retentionKeys.current(), saved);
      // records were removed: every grid's counts are stale
      return client.invalidateQueries({ queryKey: ['records'] });
    },
  });
}
