import { retentionPoliciesSchema, type RetentionPolicies } from '../../src/api/schemas/retention';
import { perStream, streamContracts } from '../../src/api/streams';
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

/** Each stream's contract says how long its records are kept until an owner changes it. */
const DEFAULT_POLICIES: RetentionPolicies = perStream(
  (stream) => streamContracts[stream].defaultRetentionDays,
);

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
