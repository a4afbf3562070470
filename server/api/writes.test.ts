import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../src/api/schemas/me';
import type { ActivityRecord } from '../../src/api/streams/activity';
import { createApi } from './createApi';
import { fixtureStore, signedInAs } from './testing';

const store = fixtureStore();
let role: Role = 'owner';
const api = createApi({ store, identity: async () => signedInAs(role) });

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return api.fetch(
    new Request(`http://api.test/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}

/** The audit trail, oldest first. */
async function trail(): Promise<ActivityRecord[]> {
  const page = (await (await call('GET', '/audit/activity/records')).json()) as { items: ActivityRecord[] };
  return page.items.reverse();
}

const search = {
  name: 'Failed logins',
  stream: 'authentication',
  search: { q: 'event:failure', from: 'now-7d', to: null, sort: '-time' },
};

beforeEach(async () => {
  role = 'owner';
  await store.reset();
});

describe('creates', () => {
  it('makes one saved search of a POST sent twice with one Idempotency-Key', async () => {
    const first = await call('POST', '/saved-searches', search, { 'Idempotency-Key': 'k1' });
    const again = await call('POST', '/saved-searches', search, { 'Idempotency-Key': 'k1' });
    expect([first.status, again.status]).toEqual([201, 201]);
    const [a, b] = [await first.json(), await again.json()];
    expect(b.id).toBe(a.id);
    expect(again.headers.get('ETag')).toBe(first.headers.get('ETag'));
    expect(first.headers.get('Location')).toBe(`/api/v1/saved-searches/${String(a.id)}`);
    const list = await (await call('GET', '/saved-searches')).json();
    expect(list.items).toHaveLength(1);
    // the create is audited once, in the name of who made it
    const audits = await trail();
    expect(audits.map((r) => [r.controller, r.action, r.user_email])).toEqual([
      ['search', 'model_created', 'owner@example.com'],
    ]);
    expect(a.createdBy).toBe('owner@example.com');
  });

  it('makes a second one for another key, and refuses its name (409)', async () => {
    await call('POST', '/saved-searches', search, { 'Idempotency-Key': 'k1' });
    const taken = await call('POST', '/saved-searches', search, { 'Idempotency-Key': 'k2' });
    expect(taken.status).toBe(409);
    expect((await taken.json()).errors).toEqual([
      { field: 'name', message: expect.stringMatching(/exists/) },
    ]);
  });
});

describe('If-Match', () => {
  it('428 without it, 412 with a stale one (sending the current ETag), 200 with the current one', async () => {
    const created = await call('POST', '/saved-searches', search);
    const { id } = await created.json();
    const etag = created.headers.get('ETag') ?? '';
    expect(etag).not.toBe('');

    const missing = await call('PUT', `/saved-searches/${String(id)}`, { ...search, name: 'Renamed' });
    expect(missing.status).toBe(428);
    expect(missing.headers.get('Content-Type')).toBe('application/problem+json');
    expect(missing.headers.get('ETag')).toBe(etag);

    const renamed = await call(
      'PUT',
      `/saved-searches/${String(id)}`,
      { ...search, name: 'Renamed' },
      {
        'If-Match': etag,
      },
    );
    expect(renamed.status).toBe(200);
    const current = renamed.headers.get('ETag') ?? '';
    expect(current).not.toBe(etag);

    const stale = await call('DELETE', `/saved-searches/${String(id)}`, undefined, { 'If-Match': etag });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).toBe(current);
    expect((await stale.json()).detail).toMatch(/changed by someone else/);
    expect(
      (await call('DELETE', `/saved-searches/${String(id)}`, undefined, { 'If-Match': '*' })).status,
    ).toBe(412);

    expect(
      (await call('DELETE', `/saved-searches/${String(id)}`, undefined, { 'If-Match': current })).status,
    ).toBe(204);
    expect((await trail()).map((r) => r.action)).toEqual(['model_created', 'model_updated', 'model_deleted']);
  });

  it('guards the retention policy the same way', async () => {
    const read = await call('GET', '/audit-retention');
    const { policies } = await read.json();
    const etag = read.headers.get('ETag') ?? '';
    expect((await call('PUT', '/audit-retention', { policies })).status).toBe(428);
    const changed = { ...policies, access: 30 };
    expect((await call('PUT', '/audit-retention', { policies: changed }, { 'If-Match': etag })).status).toBe(
      200,
    );
    expect((await call('PUT', '/audit-retention', { policies }, { 'If-Match': etag })).status).toBe(412);
  });
});

describe('names people read back', () => {
  it.each([
    ['/saved-searches', { ...search, name: 'Failed\u202Esnigol' }],
    ['/ingest/tokens', { name: 'ci\u200Bsender', streams: ['access'], expiresAt: null }],
  ])('%s refuses a name with a hidden character, naming it on the field', async (path, body) => {
    const refused = await call('POST', path, body);
    expect(refused.status).toBe(400);
    const { errors } = (await refused.json()) as { errors: { field: string; message: string }[] };
    expect(errors).toEqual([{ field: 'name', message: expect.stringMatching(/contains ⟨U\+20(2E|0B)⟩/) }]);
  });
});

describe('permissions of writes', () => {
  it('lets an auditor save a search but not add a destination', async () => {
    role = 'auditor';
    expect((await call('POST', '/saved-searches', search)).status).toBe(201);
    const refused = await call('POST', '/audit-destinations', {});
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toContain('"manage-audit-settings"');
  });
});
