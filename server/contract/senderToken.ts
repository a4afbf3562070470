import { hashSecret, newTokenSecret, type StoredIngestToken } from '../engine/ingestTokens';
import type { DocumentCollection } from '../engine/types';

/**
 * An ingest token for every stream, stored as the console's Ingestion page stores one, for tests
 * and benches that send batches to the webhook; its secret is what a sender presents.
 */
export async function addIngestToken(
  store: { readonly ingestTokens: DocumentCollection<StoredIngestToken> },
  overrides: Partial<StoredIngestToken> = {},
): Promise<{ secret: string; token: StoredIngestToken }> {
  const secret = newTokenSecret();
  const token: StoredIngestToken = {
    id: `tok-${secret.slice(-6)}`,
    name: 'Splunk forwarder',
    streams: ['authentication', 'authorisation', 'access', 'activity'],
    expiresAt: null,
    createdAt: new Date().toISOString(),
    createdBy: 'owner@example.com',
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
    source: 'console',
    hint: secret.slice(-4),
    hash: await hashSecret(secret),
    ...overrides,
  };
  await store.ingestTokens.put(token);
  return { secret, token };
}
