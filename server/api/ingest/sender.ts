import { hashSecret, unusable, type StoredIngestToken } from '../../engine/ingestTokens';
import type { AuditStore, Versioned } from '../../engine/types';
import { problem } from '../problem';
import { auditRefusedSender } from './auditRefusedSender';

/** How a sender may present its token: what audit destinations' "optional authentication" can send. */
const HOW =
  'Send it as "Authorization: Bearer <token>" (or Basic with the token as password, or an X-Ingest-Token header).';

/** The secret a request presents, from whichever of the three places it uses. */
export function presentedSecret(request: Request): string | undefined {
  const custom = request.headers.get('X-Ingest-Token');
  if (custom) return custom.trim();
  const authorization = request.headers.get('Authorization');
  if (!authorization) return undefined;
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() === 'basic') {
    try {
      const decoded = atob(value);
      return decoded.slice(decoded.indexOf(':') + 1);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Last-used times are written at most this often per token: not one settings write per batch. */
const LAST_USED_EVERY_MS = 60_000;

/**
 * The token a request is sent with, or the 401 that refuses it. A revoked or expired token's
 * attempt is audited (an owner needs to know a sender still uses it); an unknown one is not,
 * or anyone could fill the Activity stream.
 */
export async function authenticateSender(
  store: Pick<AuditStore, 'ingestTokens' | 'append'>,
  request: Request,
  now: number,
): Promise<Versioned<StoredIngestToken> | Response> {
  const secret = presentedSecret(request);
  const challenge = { headers: { 'WWW-Authenticate': 'Bearer realm="ingest"' } };
  if (!secret) return problem(401, `Ingestion needs an ingest token. ${HOW}`, challenge);
  const hash = await hashSecret(secret);
  const found = (await store.ingestTokens.list()).find((t) => t.value.hash === hash);
  if (!found)
    return problem(401, 'This ingest token is not known. Create one in Settings → Ingestion.', challenge);
  const refused = unusable(found.value, now);
  if (refused) {
    await auditRefusedSender(store, found.value, refused, now);
    return problem(401, refused, challenge);
  }
  const last = found.value.lastUsedAt === null ? -Infinity : Date.parse(found.value.lastUsedAt);
  if (now - last >= LAST_USED_EVERY_MS) {
    // compare-and-set: a revoke at the same moment wins, never undone by this write
    await store.ingestTokens.replace({ ...found.value, lastUsedAt: new Date(now).toISOString() }, found.etag);
  }
  return found;
}
