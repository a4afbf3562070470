import { MANAGE_AUDIT_SETTINGS } from '../../../src/api/permissions';
import type { Destination, TestResult } from '../../../src/api/schemas/destinations';
import { auditChange } from '../../engine/auditTrail';
import { deliver, maskedHeaders } from '../../engine/deliveries';
import { publicDestination, type StoredDestination } from '../../engine/destinations';
import { testBatch } from '../../engine/testEvents';
import { refusal } from '../access';
import { newId, onceKey, replayed } from '../creates';
import { applyWrite, auditView, sameSettings } from '../destinations/writes';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { lostRace, precondition, versioned } from '../precondition';
import { problem } from '../problem';
import { jsonBody } from '../requestBody';

const CONTROLLER = 'audit.destinations';
const notFound = (id: string) => problem(404, `There is no audit destination "${id}".`);

/** Where records are sent: list, create, read, change, delete, and send a test batch. */
export function destinationRoutes({ store, identity }: ApiOptions): Hono {
  async function current(id: string): Promise<{ stored: StoredDestination; etag: string } | undefined> {
    const found = await store.destinations.get(id);
    return found && found.etag ? { stored: found.value, etag: found.etag } : undefined;
  }

  /** The API's view of a destination, with its last delivery. */
  async function view(stored: StoredDestination, etag: string): Promise<Destination> {
    const last = await store.deliveries.get(stored.id);
    return publicDestination(stored, etag, last?.value.delivery ?? null);
  }

  return new Hono()
    .get('/audit-destinations', async (c) => {
      const refused = refusal(await identity(c.req.raw), 'Reading audit destinations');
      if (refused) return refused;
      const stored = await store.destinations.list();
      const items = (await Promise.all(stored.map((d) => view(d.value, d.etag)))).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      return Response.json({ items });
    })

    .post('/audit-destinations', async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Adding an audit destination', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const again = await replayed(store.idempotency, request, 'destinations', who);
      const earlier = again && (await current(again));
      if (earlier) return versioned(await view(earlier.stored, earlier.etag), earlier.etag, 201);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const created = applyWrite(body, undefined, newId('dst'));
      if (created instanceof Response) return created;
      const made = await store.destinations.create(created, onceKey(request, 'destinations', who));
      // a retry with the same key got in first: its destination is the answer, audited once
      if (!made.created) return versioned(await view(made.value, made.etag), made.etag, 201);
      const { etag } = made;
      await auditChange(store, who.user, {
        controller: CONTROLLER,
        entity: 'audit_destination',
        entityId: created.id,
        action: 'model_created',
        before: null,
        after: auditView(created),
        summary: `Audit destination "${created.name}" added`,
      });
      return versioned(await view(created, etag), etag, 201, {
        Location: `/api/v1/audit-destinations/${created.id}`,
      });
    })

    .get('/audit-destinations/:id', async (c) => {
      const refused = refusal(await identity(c.req.raw), 'Reading audit destinations');
      if (refused) return refused;
      const found = await current(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      return versioned(await view(found.stored, found.etag), found.etag);
    })

    .put('/audit-destinations/:id', async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Changing an audit destination', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const found = await current(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      const stale = precondition(request, found.etag, `Audit destination "${found.stored.name}"`);
      if (stale) return stale;
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const next = applyWrite(body, found.stored, found.stored.id);
      if (next instanceof Response) return next;
      // saving what is already stored changes nothing: no new version, no audit record
      if (sameSettings(found.stored, next))
        return versioned(await view(found.stored, found.etag), found.etag);
      const written = await store.destinations.replace(next, found.etag);
      if (!written.ok)
        return lostRace(written, `Audit destination "${found.stored.name}"`, () => notFound(next.id));
      const { etag } = written;
      await auditChange(store, who.user, {
        controller: CONTROLLER,
        entity: 'audit_destination',
        entityId: next.id,
        action: 'model_updated',
        before: auditView(found.stored),
        after: auditView(next),
        summary: `Audit destination "${next.name}" changed`,
      });
      return versioned(await view(next, etag), etag);
    })

    .delete('/audit-destinations/:id', async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Deleting an audit destination', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const found = await current(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      const stale = precondition(request, found.etag, `Audit destination "${found.stored.name}"`);
      if (stale) return stale;
      const removed = await store.destinations.removeIf(found.stored.id, found.etag);
      if (!removed.ok)
        return lostRace(removed, `Audit destination "${found.stored.name}"`, () => notFound(found.stored.id));
      await store.deliveries.remove(found.stored.id);
      await auditChange(store, who.user, {
        controller: CONTROLLER,
        entity: 'audit_destination',
        entityId: found.stored.id,
        action: 'model_deleted',
        before: auditView(found.stored),
        after: null,
        summary: `Audit destination "${found.stored.name}" deleted`,
      });
      return new Response(null, { status: 204 });
    })

    .post('/audit-destinations/:id/test', async (c) => {
      const refused = refusal(await identity(c.req.raw), 'Sending a test event', MANAGE_AUDIT_SETTINGS);
      if (refused) return refused;
      const found = await current(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      const { stored } = found;
      const delivery = deliver(stored);
      await store.deliveries.put({ id: stored.id, delivery });
      const result: TestResult = {
        request: {
          method: 'POST',
          url: stored.url ?? `file://${stored.path ?? ''}`,
          headers: maskedHeaders(stored),
          body: testBatch(stored.recordTypes[0] ?? 'authentication'),
        },
        delivery,
      };
      return Response.json(result);
    });
}
