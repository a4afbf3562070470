import type { MiddlewareHandler } from 'hono';
import { randomId } from '../../src/api/randomId';
import { fingerprintSecrets, missingKey } from '../engine/ingest/fingerprintSecrets';
import type { Json } from '../engine/changes';
import { consoleActivity } from '../engine/consoleActivity';
import type { ApiOptions } from './options';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A refused read is recorded once this often per user, method and path: a member's page polling is one story. */
const READ_ONCE_PER_MS = 60_000;
/** A refused payload bigger than this is described, not kept: a settings write is far smaller. */
const MAX_PAYLOAD_BYTES = 64 * 1024;

/** The controller a refused write is filed under: the one its success would have been audited as. */
const CONTROLLERS: readonly [RegExp, string, string][] = [
  [/^\/audit-destinations(\/|$)/, 'audit.destinations', 'audit_destination'],
  [/^\/audit-retention$/, 'audit.retention', 'retention_policy'],
  [/^\/saved-searches(\/|$)/, 'search', 'saved_search'],
  [/^\/ingest\/tokens(\/|$)/, 'audit.ingest_tokens', 'ingest_token'],
  [/^\/ingest(\/|$)/, 'audit.ingest', 'ingest'],
  [/^\/audit\//, 'audit', 'audit_log'],
];

/**
 * Seed 003: "some events are thrown out due to permission limitations but there is still a need
 * to know it was attempted". Every 403 the API answers — whichever route, whatever the reason —
 * becomes an Activity record (`request_refused`): who, what they tried (method, path and, for a
 * write, the payload with its secrets fingerprinted) and why it was refused (the 403's own words).
 * Every refused write is recorded; a refused read once a minute per user, method and path.
 */
export function auditRefusals({ store, identity, fingerprint }: ApiOptions): MiddlewareHandler {
  const lastRead = new Map<string, number>();
  const readDue = (key: string, at: number): boolean => {
    if (at - (lastRead.get(key) ?? -Infinity) < READ_ONCE_PER_MS) return false;
    // forget the old ones now and then, so the map stays the size of a minute's refusals
    if (lastRead.size > 10_000)
      for (const [k, t] of lastRead) if (at - t >= READ_ONCE_PER_MS) lastRead.delete(k);
    lastRead.set(key, at);
    return true;
  };
  return async (c, next) => {
    const request = c.req.raw;
    const write = WRITES.has(request.method);
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v1/, '');
    // an ingested batch is not kept: it can be large, and the refusal names what was refused
    const copy = write && path !== '/ingest' ? request.clone() : null;
    await next();
    if (c.res.status !== 403) {
      void copy?.body?.cancel();
      return;
    }
    const now = Date.now();
    // an ingested batch comes with a token, not a session: the refusal's reason names the token
    const who = path === '/ingest' ? null : await identity(request).catch(() => null);
    if (!write && !readDue(`${who?.user.id ?? ''} ${request.method} ${path}`, now)) return;
    const reason = await c.res
      .clone()
      .json()
      .then((body: { detail?: unknown }) => (typeof body.detail === 'string' ? body.detail : null))
      .catch(() => null);
    const payload = await fingerprintSecrets(await payloadOf(copy), fingerprint ?? missingKey);
    const [, controller, entity] = CONTROLLERS.find(([pattern]) => pattern.test(path)) ?? [
      null,
      'audit.api',
      'api',
    ];
    const summary = `Refused ${request.method} ${path}${reason ? `: ${reason}` : ''}`;
    const record = consoleActivity({
      id: `act-refused-${now.toString(36)}-${randomId().slice(0, 8)}`,
      event_time: new Date(now).toISOString(),
      controller,
      entity,
      entity_id: path.split('/').slice(2).join('/') || null,
      action: 'request_refused',
      new_value: summary,
      new_value_full: {
        method: request.method,
        path,
        // a read's parameters say what was looked for; a secret-named one is fingerprinted
        query: await fingerprintSecrets(url.search || null, fingerprint ?? missingKey),
        role: who?.role ?? null,
        reason,
        payload,
      },
      status: 'failed',
      user_id: who?.user.id ?? 'anonymous',
      user_email: who?.user.email ?? null,
      comments: summary,
    });
    await store.append('activity', record, now);
  };
}

/** The body as sent: JSON as its value, a form as its fields, other text as it is; none, null. */
async function payloadOf(copy: Request | null): Promise<Json> {
  if (!copy?.body) return null;
  const text = await copy.text().catch(() => '');
  if (text === '') return null;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PAYLOAD_BYTES) return `[${String(bytes)} bytes, not kept]`;
  try {
    return JSON.parse(text) as Json;
  } catch {
    // as fields, so the rule sees each one's name: `secret=…&name=…` has no `?` or `&` before its secret
    const type = copy.headers.get('Content-Type') ?? '';
    if (type.startsWith('application/x-www-form-urlencoded'))
      return Object.fromEntries(new URLSearchParams(text));
    return text;
  }
}
