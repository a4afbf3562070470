import type { StreamName } from '../../src/api/streams';
import {
  DEFAULT_RETENTION_DAYS,
  retentionPoliciesSchema,
  type RetentionPolicies,
} from '../../src/api/schemas/retention';
import { documentStore } from './documents';

export interface StoredRetention {
  id: 'retention';
  policies: RetentionPolicies;
  updatedAt: string | null;
}

const isStored = (value: unknown): value is StoredRetention =>
  typeof value === 'object' &&
  value !== null &&
  'policies' in value &&
  retentionPoliciesSchema.safeParse(value.policies).success;

/** Seed 002's default of 365 days; audit logs of changes are kept indefinitely (seed 003). */
export const DEFAULT_POLICIES: RetentionPolicies = {
  authentication: DEFAULT_RETENTION_DAYS,
  authorisation: DEFAULT_RETENTION_DAYS,
  access: DEFAULT_RETENTION_DAYS,
  activity: null,
};

export const retention = documentStore<StoredRetention>('audit-console.mock.retention', isStored, () => [
  { id: 'retention', policies: DEFAULT_POLICIES, updatedAt: null },
]);

export function currentRetention(): StoredRetention {
  return retention.get('retention') ?? { id: 'retention', policies: DEFAULT_POLICIES, updatedAt: null };
}

/** Records older than this (epoch ms) are past retention; null: none are. */
export function retentionCutoff(days: number | null, now = Date.now()): number | null {
  return days === null ? null : now - days * 86_400_000;
}

/** The cutoff the stored policy sets for a stream. */
export function storedCutoff(stream: StreamName, now = Date.now()): number | null {
  return retentionCutoff(currentRetention().policies[stream], now);
}
