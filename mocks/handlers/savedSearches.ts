import { HttpResponse, http } from 'msw';
import { recordTypeSchema } from '../../src/api/schemas/recordTypes';
import { savedSearchInputSchema, type SavedSearch } from '../../src/api/schemas/savedSearches';
import { streamContracts } from '../../src/api/streams';
import { parseSort } from '../../src/api/sort';
import { parseQuery } from '../../src/api/query';
import { auditChange } from '../../server/engine/auditTrail';
import type { JsonObject } from '../../server/engine/changes';
import type { StoredSavedSearch } from '../../server/engine/savedSearches';
import type { Versioned } from '../../server/engine/types';
import { problem } from '../problem';
import { store } from '../store';
import { DEMO_USER as SIGNED_IN } from '../identity';
import {
  allow,
  fieldError,
  fieldErrors,
  jsonBody,
  newId,
  precondition,
  remember,
  replayed,
  versioned,
} from './writes';

const BASE = '*/api/v1/saved-searches';

const publicView = ({ value, etag }: Versioned<StoredSavedSearch>): SavedSearch => ({ ...value, etag });
const auditView = ({ name, stream, search }: StoredSavedSearch) => ({ name, stream, search }) as JsonObject;
const notFound = (id: string) => problem(404, `There is no saved search "${id}".`);

/** Validates a write: the query must run on its stream, and names are unique per stream. */
async function checked(
  body: unknown,
  id: string,
  before?: StoredSavedSearch,
): Promise<StoredSavedSearch | Response> {
  const parsed = savedSearchInputSchema.safeParse(body);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { name, stream, search } = parsed.data;
  const contract = streamContracts[stream];
  const query = parseQuery(search.q, contract.fields);
  if (!query.ok) return fieldError('search.q', query.error.message);
  if (!(contract.sortable as readonly string[]).includes(parseSort(search.sort).field))
    return fieldError('search.sort', `"${search.sort}" is not a sortable field of ${stream}.`);
  const taken = (await store.savedSearches.list()).some(
    ({ value: s }) => s.id !== id && s.stream === stream && s.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) return fieldError('name', `A saved search named "${name}" already exists here.`, 409);
  const now = new Date().toISOString();
  return {
    id,
    name,
    stream,
    search,
    createdBy: before?.createdBy ?? SIGNED_IN.email,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

/** The Ardexa audit-logs documentation names a rename "Change a Saved Search" (search / update / name). */
async function audit(
  action: 'create' | 'update' | 'delete',
  before: StoredSavedSearch | null,
  after: StoredSavedSearch | null,
) {
  const subject = after ?? before;
  if (!subject) return;
  await auditChange(store, SIGNED_IN, {
    controller: 'search',
    entity: 'search',
    entityId: subject.id,
    action: action === 'create' ? 'model_created' : action === 'update' ? 'model_updated' : 'model_deleted',
    before: before && auditView(before),
    after: after && auditView(after),
    summary: `Saved search "${subject.name}" ${action === 'create' ? 'saved' : action === 'update' ? 'changed' : 'deleted'}`,
  });
}

export const savedSearchHandlers = [
  http.get(BASE, async ({ request }) => {
    const refused = await allow(request, 'Reading saved searches');
    if (refused) return refused;
    const stream = new URL(request.url).searchParams.get('stream');
    if (stream !== null && !recordTypeSchema.safeParse(stream).success)
      return fieldError('stream', `There is no audit stream "${stream}".`);
    const items = (await store.savedSearches.list())
      .filter(({ value }) => stream === null || value.stream === stream)
      .sort((a, b) => a.value.name.localeCompare(b.value.name))
      .map(publicView);
    return HttpResponse.json({ items });
  }),

  http.post(BASE, async ({ request }) => {
    const refused = await allow(request, 'Saving a search');
    if (refused) return refused;
    const again = await replayed(request, 'saved-searches');
    const earlier = again ? await store.savedSearches.get(again) : undefined;
    if (earlier) return versioned(publicView(earlier), earlier.etag, 201);
    const body = await jsonBody(request);
    if (body instanceof Response) return body;
    const created = await checked(body, newId('ss'));
    if (created instanceof Response) return created;
    const etag = await store.savedSearches.put(created);
    await remember(request, 'saved-searches', created.id);
    await audit('create', null, created);
    return versioned(publicView({ value: created, etag }), etag, 201, {
      Location: `/api/v1/saved-searches/${created.id}`,
    });
  }),

  http.get(`${BASE}/:id`, async ({ request, params }) => {
    const refused = await allow(request, 'Reading saved searches');
    if (refused) return refused;
    const found = await store.savedSearches.get(String(params.id));
    if (!found) return notFound(String(params.id));
    return versioned(publicView(found), found.etag);
  }),

  http.put(`${BASE}/:id`, async ({ request, params }) => {
    const refused = await allow(request, 'Changing a saved search');
    if (refused) return refused;
    const found = await store.savedSearches.get(String(params.id));
    if (!found) return notFound(String(params.id));
    const stale = precondition(request, found.etag, `Saved search "${found.value.name}"`);
    if (stale) return stale;
    const body = await jsonBody(request);
    if (body instanceof Response) return body;
    const next = await checked(body, found.value.id, found.value);
    if (next instanceof Response) return next;
    if (JSON.stringify(auditView(next)) === JSON.stringify(auditView(found.value)))
      return versioned(publicView(found), found.etag);
    const etag = await store.savedSearches.put(next);
    await audit('update', found.value, next);
    return versioned(publicView({ value: next, etag }), etag);
  }),

  http.delete(`${BASE}/:id`, async ({ request, params }) => {
    const refused = await allow(request, 'Deleting a saved search');
    if (refused) return refused;
    const found = await store.savedSearches.get(String(params.id));
    if (!found) return notFound(String(params.id));
    const stale = precondition(request, found.etag, `Saved search "${found.value.name}"`);
    if (stale) return stale;
    await store.savedSearches.remove(found.value.id);
    await audit('delete', found.value, null);
    return new HttpResponse(null, { status: 204 });
  }),
];
