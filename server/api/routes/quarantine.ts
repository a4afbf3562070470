import { MANAGE_AUDIT_SETTINGS } from '../../../src/api/permissions';
import type { QuarantineList, QuarantineRetry } from '../../../src/api/schemas/ingest';
import { RECORD_TYPE_LABELS } from '../../../src/api/schemas/recordTypes';
import { auditChange } from '../../engine/auditTrail';
import { missingKey } from '../../engine/ingest/fingerprintSecrets';
import { retryQuarantined } from '../../engine/ingest/retryQuarantined';
import { refusal } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { badParameter, problem } from '../problem';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * Settings → Ingestion's quarantine: the events ingestion could not store, newest first with
 * a count per reason; an owner retries one (after the mapping was fixed) or discards it,
 * which is audited like any other settings change.
 */
export function quarantineRoutes({ store, identity, fingerprint }: ApiOptions): Hono {
  // createApi always gives one
  const fingerprintOf = fingerprint ?? missingKey;
  const notFound = (id: string) =>
    problem(404, `There is no quarantined event "${id}": it was retried or discarded already.`);

  return new Hono()
    .get('/ingest/quarantine', async (c) => {
      const refused = refusal(
        await identity(c.req.raw),
        'Reading the ingestion quarantine',
        MANAGE_AUDIT_SETTINGS,
      );
      if (refused) return refused;
      const raw = c.req.query('limit');
      const limit = raw === undefined ? DEFAULT_LIMIT : Number(raw);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
        return badParameter('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
      const all = (await store.quarantine.list()).map((d) => d.value);
      all.sort((a, b) =>
        a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? -1 : 1,
      );
      const counts = new Map<string, number>();
      for (const entry of all) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
      const body: QuarantineList = {
        items: all.slice(0, limit),
        total: all.length,
        reasons: [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
      };
      return Response.json(body);
    })

    .post('/ingest/quarantine/:id/retry', async (c) => {
      const who = await identity(c.req.raw);
      const refused = refusal(who, 'Retrying a quarantined event', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const id = c.req.param('id');
      const found = await store.quarantine.get(id);
      if (!found) return notFound(id);
      const outcome: QuarantineRetry = await retryQuarantined(store, found, fingerprintOf);
      if (outcome.outcome !== 'rejected')
        await auditChange(store, who.user, {
          controller: 'audit.ingest',
          entity: 'quarantined_event',
          entityId: id,
          action: 'model_deleted',
          before: { reason: found.value.reason, unique_id: found.value.uniqueId },
          after: null,
          summary: `Quarantined event ${found.value.uniqueId ?? id} retried: ${
            outcome.outcome === 'stored' ? 'stored in' : 'already in'
          } ${RECORD_TYPE_LABELS[outcome.stream]}`,
        });
      return Response.json(outcome);
    })

    .delete('/ingest/quarantine/:id', async (c) => {
      const who = await identity(c.req.raw);
      const refused = refusal(who, 'Discarding a quarantined event', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const id = c.req.param('id');
      const found = await store.quarantine.get(id);
      if (!found) return notFound(id);
      const removed = await store.quarantine.removeIf(id, found.etag);
      if (!removed.ok) return notFound(id);
      // the raw event is not copied into the trail: who discarded what, and why it was kept
      await auditChange(store, who.user, {
        controller: 'audit.ingest',
        entity: 'quarantined_event',
        entityId: id,
        action: 'model_deleted',
        before: {
          reason: found.value.reason,
          unique_id: found.value.uniqueId,
          received_at: found.value.receivedAt,
          token: found.value.tokenName,
        },
        after: null,
        summary: `Quarantined event ${found.value.uniqueId ?? id} discarded (${found.value.reason})`,
      });
      return new Response(null, { status: 204 });
    });
}
