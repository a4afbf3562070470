import { describe, expect, it } from 'vitest';
import { apiRoot } from '../../src/api/config';
import {
  createDestination,
  deleteDestination,
  getDestination,
  sendTestEvent,
  toInput,
  updateDestination,
} from '../../src/api/destinations';
import { ApiError } from '../../src/api/errors';
import { fetchRetentionImpact, updateRetention } from '../../src/api/retention';
import { retentionSchema } from '../../src/api/schemas/retention';
import {
  createSavedSearch,
  deleteSavedSearch,
  getSavedSearch,
  updateSavedSearch,
} from '../../src/api/savedSearches';
import type { DestinationInput } from '../../src/api/schemas/destinations';
import { request, requestVersioned } from '../../src/api/client';
import { destinationListSchema } from '../../src/api/schemas/destinations';
import { loadAppended } from '../../server/engine/persistence';
import { setMockSettings } from '../settings';
import { memoryStore } from '../store';
import { withMockServer } from '../testing';

withMockServer(2000);

const SECRET = 'top-secret-token-8c1f';

const webhook: DestinationInput = {
  name: 'SIEM',
  type: 'webhook',
  url: 'https://siem.example.com/ingest',
  path: null,
  recordTypes: ['authentication', 'access'],
  connectorToCloud: { access: false, authorisation: false },
  enabled: true,
  auth: { type: 'bearer', username: null, headerName: null },
  secret: SECRET,
};

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const activity = () => loadAppended('activity').map((a) => a.record);

async function raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${apiRoot}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe('audit destinations', () => {
  it('creates, reads, changes and deletes, each change audited without the secret', async () => {
    const created = await createDestination(webhook, 'k1');
    expect(created.etag).toBeTruthy();
    expect(created.data.secretSet).toBe(true);
    const read = await getDestination(created.data.id);
    expect(read.etag).toBe(created.etag);

    const renamed = await updateDestination(
      created.data.id,
      { ...toInput(read.data), name: 'SIEM 2' },
      read.etag ?? '',
    );
    // saving other fields keeps the secret
    expect(renamed.data.secretSet).toBe(true);
    expect(renamed.etag).not.toBe(read.etag);
    await deleteDestination(created.data.id, renamed.etag ?? '');
    expect((await failure(getDestination(created.data.id))).status).toBe(404);

    const audits = activity();
    expect(audits.map((r) => r.action)).toEqual(['model_created', 'model_updated', 'model_deleted']);
    expect(audits[1]).toMatchObject({ attribute: 'name', old_value: 'SIEM', new_value: 'SIEM 2' });
    expect(JSON.stringify(audits)).not.toContain(SECRET);
  });

  it('never returns a secret, from any endpoint', async () => {
    const created = await createDestination(webhook, 'k2');
    const responses = [
      await raw('GET', '/audit-destinations'),
      await raw('GET', `/audit-destinations/${created.data.id}`),
      await raw('POST', `/audit-destinations/${created.data.id}/test`),
      await raw(
        'PUT',
        `/audit-destinations/${created.data.id}`,
        { ...webhook, secret: undefined },
        {
          'If-Match': created.etag ?? '',
        },
      ),
    ];
    for (const response of responses) {
      expect(response.ok).toBe(true);
      expect(await response.text()).not.toContain(SECRET);
    }
    // the seeded destinations' secrets too
    expect(JSON.stringify(await request('/audit-destinations', destinationListSchema))).not.toMatch(
      /demo-(token|key)/,
    );
  });

  it('a double-submitted create makes one destination', async () => {
    const [a, b] = [await createDestination(webhook, 'same'), await createDestination(webhook, 'same')];
    expect(b.data.id).toBe(a.data.id);
    expect(activity().filter((r) => r.action === 'model_created')).toHaveLength(1);
  });

  it('refuses a stale ETag with 412 and a missing one with 428', async () => {
    const created = await createDestination(webhook, 'k3');
    await updateDestination(created.data.id, { ...webhook, name: 'first' }, created.etag ?? '');
    const stale = await failure(
      updateDestination(created.data.id, { ...webhook, name: 'second' }, created.etag ?? ''),
    );
    expect(stale.status).toBe(412);
    expect(stale.message).toMatch(/changed/);
    const missing = await raw('PUT', `/audit-destinations/${created.data.id}`, webhook);
    expect(missing.status).toBe(428);
    const deleteMissing = await raw('DELETE', `/audit-destinations/${created.data.id}`);
    expect(deleteMissing.status).toBe(428);
    expect((await getDestination(created.data.id)).data.name).toBe('first');
  });

  it('names the field at fault, with the same validator the form uses', async () => {
    const bad = await failure(
      createDestination({ ...webhook, name: ' ', url: 'http://0x7f.1/', recordTypes: [] }, 'k4'),
    );
    expect(bad.status).toBe(400);
    const fields = bad.fieldErrors();
    expect(Object.keys(fields).sort()).toEqual(['name', 'recordTypes', 'url']);
    expect(fields.url).toMatch(/loopback/);
  });

  it('keeps, replaces and clears the write-only secret', async () => {
    const created = await createDestination(
      { ...webhook, auth: { type: 'basic', username: 'svc', headerName: null } },
      'k5',
    );
    const kept = await updateDestination(
      created.data.id,
      { ...toInput(created.data), name: 'x' },
      created.etag ?? '',
    );
    expect(kept.data.secretSet).toBe(true);
    const cleared = await updateDestination(
      created.data.id,
      { ...toInput(kept.data), secret: null },
      kept.etag ?? '',
    );
    expect(cleared.data.secretSet).toBe(false);
    // a bearer destination can't lose its token
    const bearer = await createDestination(webhook, 'k6');
    const refused = await failure(
      updateDestination(bearer.data.id, { ...toInput(bearer.data), secret: null }, bearer.etag ?? ''),
    );
    expect(refused.fieldErrors().secret).toMatch(/required/);
  });

  it('sends a test batch in the seed format and records the delivery', async () => {
    const created = await createDestination(webhook, 'k7');
    const result = await sendTestEvent(created.data.id);
    expect(result.request.body.events).toHaveLength(1);
    expect(Object.keys(result.request.body.events[0] ?? {})).toEqual(['create_time', 'event', 'unique_id']);
    expect(result.request.headers.Authorization).toBe('Bearer ••••••••');
    expect(result.delivery.status).toBe('success');
    const after = await getDestination(created.data.id);
    expect(after.data.lastDelivery).toEqual(result.delivery);
    // a delivery is not a change of settings: the ETag stays
    expect(after.etag).toBe(created.etag);
  });

  it('lets auditors read but not write, and keeps members out', async () => {
    setMockSettings({ role: 'auditor' });
    expect((await raw('GET', '/audit-destinations')).status).toBe(200);
    const write = await raw('POST', '/audit-destinations', webhook);
    expect(write.status).toBe(403);
    expect(await write.json()).toMatchObject({
      status: 403,
      detail: expect.stringMatching(/manage-audit-settings/),
    });
    setMockSettings({ role: 'member' });
    for (const path of ['/audit-destinations', '/audit-retention', '/saved-searches'])
      expect((await raw('GET', path)).status).toBe(403);
  });

  it('fails as the fault switches say', async () => {
    setMockSettings({ fault: '503', faultPath: '/audit-destinations' });
    expect((await raw('GET', '/audit-destinations')).status).toBe(503);
  });
});

describe('retention', () => {
  it('counts what a shorter period removes, removes it on save, and audits the change', async () => {
    await memoryStore.reset();
    const { data, etag } = await requestVersioned('/audit-retention', retentionSchema);
    expect(data.policies).toEqual({ authentication: 365, authorisation: 365, access: 365, activity: null });
    const times = memoryStore.collection('access').times;
    const cutoff = Date.now() - 7 * 86_400_000;
    const older = Array.from(times).filter((t) => t < cutoff).length;
    expect(older).toBeGreaterThan(0);
    const impact = await fetchRetentionImpact({ access: 7 });
    expect(impact.removals.access).toBe(older);
    expect(impact.removals.authentication).toBe(0);

    await updateRetention({ ...data.policies, access: 7 }, etag ?? '');
    expect(memoryStore.collection('access').records).toHaveLength(times.length - older);
    const audit = activity().at(-1);
    expect(audit).toMatchObject({
      controller: 'audit.retention',
      attribute: 'access',
      old_value: '365',
      new_value: '7',
    });
    await memoryStore.reset();
  });

  it('refuses out-of-range days with the field named, and a stale ETag with 412', async () => {
    const first = await raw('GET', '/audit-retention');
    const etag = first.headers.get('ETag') ?? '';
    const policies = { authentication: 0, authorisation: 365, access: 365, activity: null };
    const bad = await raw('PUT', '/audit-retention', { policies }, { 'If-Match': etag });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].field).toBe('policies.authentication');
    await updateRetention({ ...policies, authentication: 400 }, etag);
    const stale = await raw(
      'PUT',
      '/audit-retention',
      { policies: { ...policies, authentication: 500 } },
      { 'If-Match': etag },
    );
    expect(stale.status).toBe(412);
    expect(stale.headers.get('ETag')).not.toBe(etag);
  });
});

describe('saved searches', () => {
  const input = {
    name: 'Failed logins',
    stream: 'authentication' as const,
    search: { q: 'event:failed', from: 'now-7d', to: null, sort: '-time' },
  };

  it('saves, renames (If-Match) and deletes, each audited; auditors may', async () => {
    setMockSettings({ role: 'auditor' });
    const created = await createSavedSearch(input, 's1');
    const read = await getSavedSearch(created.id);
    const renamed = await updateSavedSearch(
      created.id,
      { ...input, name: 'Failed sign-ins' },
      read.etag ?? '',
    );
    expect(renamed.data.name).toBe('Failed sign-ins');
    expect((await failure(updateSavedSearch(created.id, input, read.etag ?? ''))).status).toBe(412);
    await deleteSavedSearch(created.id, renamed.etag ?? '');
    expect(activity().map((r) => [r.controller, r.action, r.attribute])).toEqual([
      ['search', 'model_created', null],
      ['search', 'model_updated', 'name'],
      ['search', 'model_deleted', null],
    ]);
  });

  it('refuses a query that does not run and a name already taken', async () => {
    const badQuery = await failure(
      createSavedSearch({ ...input, search: { ...input.search, q: 'evnt:x' } }, 's2'),
    );
    expect(badQuery.fieldErrors()['search.q']).toMatch(/evnt/);
    await createSavedSearch(input, 's3');
    const taken = await failure(createSavedSearch({ ...input, name: 'failed LOGINS' }, 's4'));
    expect(taken.status).toBe(409);
    expect(taken.fieldErrors().name).toMatch(/already exists/);
  });
});
