import {
  DEFAULT_RETENTION_DAYS,
  retentionPoliciesSchema,
  type RetentionPolicies,
} from '../../src/api/schemas/retention';
import { documentStore, type DocumentStore } from './documents';

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

/** authentik's default of 365 days; audit logs of changes are kept indefinitely (Ardexa audit logs). */
const DEFAULT_POLICIES: RetentionPolicies = {
  authentication: DEFAULT_RETENTION_DAYS,
  authorisation: DEFAULT_RETENTION_DAYS,
  access: DEFAULT_RETENTION_DAYS,
  activity: null,
};

/** The one retention document, as first stored and when none is. */
export const DEFAULT_RETENTION: StoredRetention = {
  id: 'retention',
  policies: DEFAULT_POLICIES,
  updatedAt: null,
};

export const retentionDocuments = () =>
  documentStore<StoredRetention>('audit-console.mock.retention', isStored, () => [DEFAULT_RETENTION]);

export function currentRetention(documents: DocumentStore<StoredRetention>): StoredRetention {
  return documents.get('retention') ?? DEFAULT_RETENTION;
}

/** Records older than this (epoch ms) are past retention; null: none are. */
export function retentionCutoff(days: number | null, now = Date.now()): number | null {
  return days === null ? null : now - days * 86_400_000;
}
