import { recordTypeSchema } from '../../../src/api/schemas/recordTypes';
import type { SavedSearch } from '../../../src/api/schemas/savedSearches';
import { auditChange } from '../../engine/auditTrail';
import { sameJson } from '../../engine/changes';
import type { StoredSavedSearch } from '../../engine/savedSearches';
import type { AuditStore, Versioned } from '../../engine/types';
import { refusal } from '../access';
import { newId, onceKey, replayed } from '../creates';
import { Hono } from '../hono';
import type { Identity } from '../identity';
import type { ApiOptions } from '../options';
import { lostRace, precondition, versioned } from '../precondition';
import { problem } from '../problem';
import { fieldError, jsonBody } from '../requestBody';
import { auditView, checked } from '../savedSearches/writes';

const publicView = ({ value, etag }: Versioned<StoredSavedSearch>): SavedSearch => ({ ...value, etag });
const notFound = (id: string) => problem(404, `There is no saved search "${id}".`);

/** The Ardexa audit-logs documentation names a rename "Change a Saved Search" (search / update / name). */
async function audit(
  store: AuditStore,
  who: Identity,
  action: 'create' | 'update' | 'delete',
  before: StoredSavedSearch | null,
  after: StoredSavedSearch | null,
) {
  const subject = after ?? before;
  if (!subject) return;
  await auditChange(store, who.user, {
    controller: 'search',
    entity: 'search',
    entityId: subject.id,
    action: action === 'create' ? 'model_created' : action === 'update' ? 'model_updated' : 'model_deleted',
    before: before && auditView(before),
    after: after && auditView(after),
    summary: `Saved search "${subject.name}" ${action === 'create' ? 'saved' : action === 'update' ? 'changed' : 'deleted'}`,
  });
}

/** A name, a stream and its search: list, save, read, change, delete. Auditors may write. */
export function savedSearchRoutes({ store, identity }: ApiOptions): Hono {
  return new Hono()
    .get('/saved-searches', async (c) => {
      const refused = refusal(await identity(c.req.raw), 'Reading saved searches');
      if (refused) return refused;
      const stream = new URL(c.req.url).searchParams.get('stream');
      if (stream !== null && !recordTypeSchema.safeParse(stream).success)
        return fieldError('stream', `There is no audit stream "${stream}".`);
      const items = (await store.savedSearches.list())
        .filter(({ value }) => stream === null || value.stream === stream)
        .sort((a, b) => a.value.name.localeCompare(b.value.name))
        .map(publicView);
      return Response.json({ items });
    })

    .post('/saved-searches', async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Saving a search');
      if (refused) return refused;
      const again = await replayed(store.idempotency, request, 'saved-searches', who);
      const earlier = again ? await store.savedSearches.get(again) : undefined;
      if (earlier) return versioned(publicView(earlier), earlier.etag, 201);
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const created = await checked(store, body, newId('ss'), who);
      if (created instanceof Response) return created;
      const made = await store.savedSearches.create(created, onceKey(request, 'saved-searches', who));
      // a retry with the same key got in first: its search is the answer, audited once
      if (!made.created) return versioned(publicView(made), made.etag, 201);
      const { etag } = made;
      await audit(store, who, 'create', null, created);
      return versioned(publicView({ value: created, etag }), etag, 201, {
        Location: `/api/v1/saved-searches/${created.id}`,
      });
    })

    .get('/saved-searches/:id', async (c) => {
      const refused = refusal(await identity(c.req.raw), 'Reading saved searches');
      if (refused) return refused;
      const found = await store.savedSearches.get(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      return versioned(publicView(found), found.etag);
    })

    .put('/saved-searches/:id', async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Changing a saved search');
      if (refused) return refused;
      const found = await store.savedSearches.get(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      const stale = precondition(request, found.etag, `Saved search "${found.value.name}"`);
      if (stale) return stale;
      const body = await jsonBody(request);
      if (body instanceof Response) return body;
      const next = await checked(store, body, found.value.id, who, found.value);
      if (next instanceof Response) return next;
      if (sameJson(auditView(next), auditView(found.value))) return versioned(publicView(found), found.etag);
      const written = await store.savedSearches.replace(next, found.etag);
      if (!written.ok)
        return lostRace(written, `Saved search "${found.value.name}"`, () => notFound(next.id));
      const { etag } = written;
      await audit(store, who, 'update', found.value, next);
      return versioned(publicView({ value: next, etag }), etag);
    })

    .delete('/saved-searches/:id', async (c) => {
      const request = c.req.raw;
      const who = await identity(request);
      const refused = refusal(who, 'Deleting a saved search');
      if (refused) return refused;
      const found = await store.savedSearches.get(c.req.param('id'));
      if (!found) return notFound(c.req.param('id'));
      const stale = precondition(request, found.etag, `Saved search "${found.value.name}"`);
      if (stale) return stale;
      const removed = await store.savedSearches.removeIf(found.value.id, found.etag);
      if (!removed.ok)
        return lostRace(removed, `Saved search "${found.value.name}"`, () => notFound(found.value.id));
      await audit(store, who, 'delete', found.value, null);
      return new Response(null, { status: 204 });
    });
}
