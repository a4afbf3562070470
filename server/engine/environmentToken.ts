import { streamNames } from '../../src/api/streams';
import { auditChange, type Actor } from './auditTrail';
import { hashSecret, TOKEN_AUDIT, tokenAuditView, type StoredIngestToken } from './ingestTokens';
import type { AuditStore } from './types';

/** The one token document the server's environment owns: a fixed id, so a restart finds it again. */
export const ENVIRONMENT_TOKEN_ID = 'igt-environment';
export const ENVIRONMENT_TOKEN_NAME = 'INGEST_TOKEN (server environment)';
const ENVIRONMENT = 'INGEST_TOKEN';
/** The audit trail names the environment as the actor: no user made or removed this token. */
const SERVER: Actor = { id: 'server-environment', email: ENVIRONMENT };

export type EnvironmentTokenChange = 'created' | 'replaced' | 'unchanged' | 'revoked' | 'none';

type Store = Pick<AuditStore, 'ingestTokens' | 'append'>;

/**
 * Brings the environment's bootstrap token in line with `secret` (INGEST_TOKEN) at start-up:
 * a new or changed secret replaces the stored hash (the old secret stops working), and an unset
 * one revokes the stored token, so removing the variable and restarting is how it is withdrawn.
 */
export async function ensureEnvironmentToken(
  store: Store,
  secret: string | null,
  now = Date.now(),
): Promise<EnvironmentTokenChange> {
  const found = await store.ingestTokens.get(ENVIRONMENT_TOKEN_ID);
  const before = found?.value;
  const at = new Date(now).toISOString();
  if (secret === null) {
    if (!before || before.revokedAt !== null) return 'none';
    const revoked = { ...before, revokedAt: at, revokedBy: ENVIRONMENT };
    await store.ingestTokens.put(revoked);
    await audit(store, 'model_updated', before, revoked, 'revoked: INGEST_TOKEN is no longer set');
    return 'revoked';
  }
  const hash = await hashSecret(secret);
  if (before && before.hash === hash && before.revokedAt === null) return 'unchanged';
  const token: StoredIngestToken = {
    id: ENVIRONMENT_TOKEN_ID,
    name: ENVIRONMENT_TOKEN_NAME,
    streams: [...streamNames],
    expiresAt: null,
    // a new secret is a new token: its age and last use start again
    createdAt: at,
    createdBy: ENVIRONMENT,
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
    source: 'environment',
    hint: secret.slice(-4),
    hash,
  };
  await store.ingestTokens.put(token);
  await audit(
    store,
    before ? 'model_updated' : 'model_created',
    before ?? null,
    token,
    !before
      ? 'added from INGEST_TOKEN'
      : before.hash === hash
        ? 'restored: INGEST_TOKEN is set again'
        : 'replaced: INGEST_TOKEN changed',
  );
  return before ? 'replaced' : 'created';
}

async function audit(
  store: Store,
  action: 'model_created' | 'model_updated',
  before: StoredIngestToken | null,
  after: StoredIngestToken,
  what: string,
): Promise<void> {
  await auditChange(store, SERVER, {
    ...TOKEN_AUDIT,
    entityId: after.id,
    action,
    before: before && tokenAuditView(before),
    after: tokenAuditView(after),
    summary: `Ingest token "${after.name}" ${what}`,
  });
}
