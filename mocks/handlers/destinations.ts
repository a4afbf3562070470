import { HttpResponse, http } from 'msw';
import { DEMO_USER } from '../identity';
import { MANAGE_AUDIT_SETTINGS } from '../../src/api/permissions';
import {
  destinationInputSchema,
  type Destination,
  type TestResult,
} from '../../src/api/schemas/destinations';
import { auditChange } from '../../server/engine/auditTrail';
import type { JsonObject } from '../../server/engine/changes';
import { deliver, maskedHeaders } from '../../server/engine/deliveries';
import { publicDestination, type StoredDestination } from '../../server/engine/destinations';
import { testBatch } from '../../server/engine/testEvents';
import { problem } from '../problem';
import { store } from '../store';
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

const BASE = '*/api/v1/audit-destinations';
const CONTROLLER = 'audit.destinations';

async function current(id: string): Promise<{ stored: StoredDestination; etag: string } | undefined> {
  const found = await store.destinations.get(id);
  return found && found.etag ? { stored: found.value, etag: found.etag } : undefined;
}

/** The API's view of a destination, with its last delivery. */
async function view(stored: StoredDestination, etag: string): Promise<Destination> {
  const last = await store.deliveries.get(stored.id);
  return publicDestination(stored, etag, last?.value.delivery ?? null);
}

const notFound = (id: string) => problem(404, `There is no audit destination "${id}".`);

/** What the audit trail shows of a destination: its settings, never its secret. */
function auditView(stored: StoredDestination): JsonObject {
  const shown = publicDestination(stored, '', null);
  return {
    name: shown.name,
    type: shown.type,
    url: shown.url,
    path: shown.path,
    recordTypes: shown.recordTypes,
    connectorToCloud: shown.connectorToCloud,
    enabled: shown.enabled,
    auth: shown.auth,
    secretSet: shown.secretSet,
    secretUpdatedAt: shown.secretUpdatedAt,
  };
}

const SECRET_NAMES = {
  none: 'secret',
  basic: 'password',
  bearer: 'token',
  header: "header's value",
} as const;

/**
 * Applies a write to the stored destination. The secret is write-only: left out, it stays
 * (unless the kind of authentication changed, which makes it meaningless); null clears it.
 */
function apply(
  body: unknown,
  before: StoredDestination | undefined,
  id: string,
): StoredDestination | Response {
  const parsed = destinationInputSchema.safeParse(body);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { secret: sent, ...input } = parsed.data;
  const now = new Date().toISOString();
  const authType = input.type === 'file' ? 'none' : input.auth.type;
  const kept = before && before.auth.type === authType ? before.secret : null;
  if (sent === '') return fieldError('secret', `Enter the ${SECRET_NAMES[authType]}.`);
  let secret = sent === undefined ? kept : sent;
  if (authType === 'none') secret = null;
  if ((authType === 'bearer' || authType === 'header') && secret === null)
    return fieldError(
      'secret',
      `${authType === 'bearer' ? 'A bearer token' : "The header's value"} is required; enter one, or choose No authentication.`,
    );
  const replaced = secret !== null && secret !== (before?.secret ?? null);
  return {
    id,
    name: input.name,
    type: input.type,
    url: input.type === 'webhook' ? input.url : null,
    path: input.type === 'file' ? (input.path?.trim() ?? null) : null,
    recordTypes: [...new Set(input.recordTypes)],
    connectorToCloud: input.connectorToCloud,
    enabled: input.enabled,
    auth: {
      type: authType,
      username: authType === 'basic' ? (input.auth.username?.trim() ?? null) : null,
      headerName: authType === 'header' ? (input.auth.headerName?.trim() ?? null) : null,
    },
    secret,
    secretSet: secret !== null,
    secretUpdatedAt: replaced ? now : secret === null ? null : (before?.secretUpdatedAt ?? null),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

function sameSettings(a: StoredDestination, b: StoredDestination): boolean {
  return JSON.stringify(auditView(a)) === JSON.stringify(auditView(b)) && a.secret === b.secret;
}

export const destinationHandlers = [
  http.get(BASE, async ({ request }) => {
    const refused = await allow(request, 'Reading audit destinations');
    if (refused) return refused;
    const stored = await store.destinations.list();
    const items = (await Promise.all(stored.map((d) => view(d.value, d.etag)))).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    return HttpResponse.json({ items });
  }),

  http.post(BASE, async ({ request }) => {
    const refused = await allow(request, 'Adding an audit destination', MANAGE_AUDIT_SETTINGS);
    if (refused) return refused;
    const again = await replayed(request, 'destinations');
    const earlier = again && (await current(again));
    if (earlier) return versioned(await view(earlier.stored, earlier.etag), earlier.etag, 201);
    const body = await jsonBody(request);
    if (body instanceof Response) return body;
    const created = apply(body, undefined, newId('dst'));
    if (created instanceof Response) return created;
    const etag = await store.destinations.put(created);
    await remember(request, 'destinations', created.id);
    await auditChange(store, DEMO_USER, {
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
  }),

  http.get(`${BASE}/:id`, async ({ request, params }) => {
    const refused = await allow(request, 'Reading audit destinations');
    if (refused) return refused;
    const found = await current(String(params.id));
    if (!found) return notFound(String(params.id));
    return versioned(await view(found.stored, found.etag), found.etag);
  }),

  http.put(`${BASE}/:id`, async ({ request, params }) => {
    const refused = await allow(request, 'Changing an audit destination', MANAGE_AUDIT_SETTINGS);
    if (refused) return refused;
    const found = await current(String(params.id));
    if (!found) return notFound(String(params.id));
    const stale = precondition(request, found.etag, `Audit destination "${found.stored.name}"`);
    if (stale) return stale;
    const body = await jsonBody(request);
    if (body instanceof Response) return body;
    const next = apply(body, found.stored, found.stored.id);
    if (next instanceof Response) return next;
    // saving what is already stored changes nothing: no new version, no audit record
    if (sameSettings(found.stored, next)) return versioned(await view(found.stored, found.etag), found.etag);
    const etag = await store.destinations.put(next);
    await auditChange(store, DEMO_USER, {
      controller: CONTROLLER,
      entity: 'audit_destination',
      entityId: next.id,
      action: 'model_updated',
      before: auditView(found.stored),
      after: auditView(next),
      summary: `Audit destination "${next.name}" changed`,
    });
    return versioned(await view(next, etag), etag);
  }),

  http.delete(`${BASE}/:id`, async ({ request, params }) => {
    const refused = await allow(request, 'Deleting an audit destination', MANAGE_AUDIT_SETTINGS);
    if (refused) return refused;
    const found = await current(String(params.id));
    if (!found) return notFound(String(params.id));
    const stale = precondition(request, found.etag, `Audit destination "${found.stored.name}"`);
    if (stale) return stale;
    await store.destinations.remove(found.stored.id);
    await store.deliveries.remove(found.stored.id);
    await auditChange(store, DEMO_USER, {
      controller: CONTROLLER,
      entity: 'audit_destination',
      entityId: found.stored.id,
      action: 'model_deleted',
      before: auditView(found.stored),
      after: null,
      summary: `Audit destination "${found.stored.name}" deleted`,
    });
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(`${BASE}/:id/test`, async ({ request, params }) => {
    const refused = await allow(request, 'Sending a test event', MANAGE_AUDIT_SETTINGS);
    if (refused) return refused;
    const found = await current(String(params.id));
    if (!found) return notFound(String(params.id));
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
    return HttpResponse.json(result);
  }),
];
