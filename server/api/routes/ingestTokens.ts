import { MANAGE_AUDIT_SETTINGS } from '../../../src/api/permissions';
import type { CreatedIngestToken, IngestToken } from '../../../src/api/schemas/ingest';
import { auditChange } from '../../engine/auditTrail';
import { publicToken, TOKEN_AUDIT, tokenAuditView, type StoredIngestToken } from '../../engine/ingestTokens';
import { refusal } from '../access';
import { newId, onceKey, replayed } from '../creates';
import { Hono } from '../hono';
import { RecentSecrets } from '../ingestTokens/recentSecrets';
import { newToken } from '../ingestTokens/writes';
import type { ApiOptions } from '../options';
import { problem } from '../problem';
import { jsonBody } from '../requestBody';

const SCOPE = 'ingest-tokens';
const PATH = '/ingest/tokens';
const notFound = (id: string) => problem(404, `There is no ingest token "${id}".`);

/** The environment's token first (it is the server's), then the newest. */
function listed(a: IngestToken, b: IngestToken): number {
  if (a.source !== b.source) return a.source === 'environment' ? -1 : 1;
  return b.createdAt.localeCompare(a.createdAt);
}

/** The answer carrying a secret: it must not be kept by any cache on the way. */
function withSecret(stored: StoredIngestToken, secret: string): Response {
  const body: CreatedIngestToken = { token: publicToken(stored), secret };
  return Response.json(body, {
    status: 201,
    headers: { Location: `/api/v1${PATH}/${stored.id}`, 'Cache-Control': 'no-store' },
  });
}

/**
 * Who may send records to POST /ingest: list, create (the one answer with the secret) and
 * revoke. Owners only: a token writes audit records, which is more than reading them.
 */
export function ingestTokenRoutes({ store, identity }: ApiOptions): Hono {
  const secrets = new RecentSecrets();

  /** A create repeated with its Idempotency-Key: the same token, and its secret while this process remembers it. */
  function replay(stored: StoredIngestToken): Response {
    const secret = secrets.recall(stored.id);
    if (secret !== undefined) return withSecret(stored, secret);
    return problem(
      409,
      `This Idempotency-Key already created the ingest token "${stored.name}" (…${stored.hint}); its secret ` +
        'was shown only in the answer to that request and is not kept. If it was lost, revoke the token and create another.',
    );
  }

  return new Hono()
    .get(PATH, async (c) => {
      const refused = refusal(await identity(c.req.raw), 'Reading ingest tokens', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const items = (await store.ingestTokens.list()).map((d) => publicToken(d.value)).sort(listed);
      return Response.json({ items });
    })

    .post(PATH, async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Creating an ingest token', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const again = await replayed(store.idempotency, request, SCOPE, who);
      const earlier = again === undefined ? undefined : await store.ingestTokens.get(again);
      if (earlier) return replay(earlier.value);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const made = await newToken(body, newId('igt'), who);
      if (made instanceof Response) return made;
      const { stored, secret } = made;
      // remembered before the write: a retry racing this one finds the secret as soon as the token exists
      secrets.remember(stored.id, secret);
      const created = await store.ingestTokens.create(stored, onceKey(request, SCOPE, who));
      if (!created.created) {
        // a retry with the same key got in first: its token is the answer, audited once
        secrets.forget(stored.id);
        return replay(created.value);
      }
      await auditChange(store, who.user, {
        ...TOKEN_AUDIT,
        entityId: stored.id,
        action: 'model_created',
        before: null,
        after: tokenAuditView(stored),
        summary: `Ingest token "${stored.name}" created`,
      });
      return withSecret(stored, secret);
    })

    .delete(`${PATH}/:id`, async (c) => {
      const who = await identity(c.req.raw);
      const refused = refusal(who, 'Revoking an ingest token', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const id = c.req.param('id');
      // a sender's use (lastUsedAt) may write the token between the read and the revocation: read again
      for (let attempt = 0; attempt < 5; attempt++) {
        const found = await store.ingestTokens.get(id);
        if (!found) return notFound(id);
        const before = found.value;
        // revoking twice changes nothing, and says so by answering the same
        if (before.revokedAt !== null) return Response.json(publicToken(before));
        if (before.source === 'environment')
          return problem(
            409,
            `"${before.name}" comes from the server's environment and cannot be revoked here: remove ` +
              "INGEST_TOKEN from the server's environment and restart the server (it is revoked at start-up), " +
              'or set a new value to replace it.',
          );
        const after: StoredIngestToken = {
          ...before,
          revokedAt: new Date().toISOString(),
          revokedBy: who.user.email,
        };
        const written = await store.ingestTokens.replace(after, found.etag);
        if (!written.ok) continue;
        await auditChange(store, who.user, {
          ...TOKEN_AUDIT,
          entityId: id,
          action: 'model_updated',
          before: tokenAuditView(before),
          after: tokenAuditView(after),
          summary: `Ingest token "${before.name}" revoked`,
        });
        return Response.json(publicToken(after));
      }
      return problem(503, 'The ingest token is being written by its senders; try again.', {
        headers: { 'Retry-After': '1' },
      });
    });
}
