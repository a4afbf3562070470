import { afterAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/api/schemas/me';
import type { Overview } from '../../src/api/schemas/overview';
import type { ActivityRecord } from '../../src/api/streams/activity';
import { fixtureRecords } from '../contract/fixture';
import { memorySubject, sqlSubject, type Subject } from '../contract/subjects';
import { hmacFingerprint } from '../engine/ingest/fingerprintSecrets';
import { createApi } from './createApi';
import { signedInAs } from './testing';

const SECRET = 'Hunter2-webhook-secret';
const json = (method: string, body: unknown) => ({
  method,
  headers: { 'Content-Type': 'application/json', 'If-Match': '"any"', 'Idempotency-Key': 'k-1' },
  body: JSON.stringify(body),
});
const destination = { name: 'Splunk', url: 'https://splunk.example.com/hook', secret: SECRET };
const savedSearch = (name: string) => ({
  name,
  stream: 'access',
  search: { q: 'method:GET', from: null, to: null, sort: '-start_time' },
});

/** Writes an auditor may not make, and one a member may not. */
const REFUSED: readonly [Role, string, RequestInit][] = [
  ['auditor', '/audit-retention', json('PUT', { policies: {} })],
  ['auditor', '/audit-destinations', json('POST', destination)],
  ['auditor', '/audit-destinations/d-1', json('PUT', destination)],
  ['auditor', '/audit-destinations/d-1', { method: 'DELETE', headers: { 'If-Match': '"any"' } }],
  ['auditor', '/audit-destinations/d-1/test', { method: 'POST' }],
  ['auditor', '/ingest/tokens', json('POST', { name: 'collector', recordTypes: ['access'] })],
  ['auditor', '/ingest/quarantine/q-1/retry', { method: 'POST' }],
  ['member', '/saved-searches', json('POST', savedSearch('mine'))],
  [
    'auditor',
    '/audit-destinations',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `secret=${SECRET}&name=Form`,
    },
  ],
];

const anchor = Math.floor(Date.now() / 60_000) * 60_000;

describe.each([
  ['memory', memorySubject],
  ['PGlite', sqlSubject],
] as const)('refused writes on the %s store', (_, subject) => {
  let opened: Subject | undefined;
  let api: ReturnType<typeof createApi> | undefined;
  /** one API, as a server has: who calls is the role the request names */
  const call = async (role: Role, path: string, init: RequestInit = {}) => {
    if (!opened) {
      opened = await subject(fixtureRecords(anchor));
      await opened.load();
    }
    api ??= createApi({
      store: opened.store,
      identity: async (request) => signedInAs((request.headers.get('X-Test-Role') as Role | null) ?? 'owner'),
      fingerprint: hmacFingerprint(new Uint8Array(32).fill(5)),
    });
    const headers = new Headers(init.headers);
    headers.set('X-Test-Role', role);
    return api.fetch(new Request(`http://api.test/api/v1${path}`, { ...init, headers }));
  };
  const refusals = async () => {
    const response = await call('owner', '/audit/activity/records?q=action:request_refused&limit=100');
    return ((await response.json()) as { items: ActivityRecord[] }).items;
  };
  afterAll(() => opened?.close());

  it('each 403 on a write is an Activity record: who, what, why, the payload without its secret', async () => {
    for (const [role, path, init] of REFUSED) expect((await call(role, path, init)).status).toBe(403);
    const found = await refusals();
    expect(found).toHaveLength(REFUSED.length);
    const retention = found.find((r) => r.controller === 'audit.retention');
    expect(retention).toMatchObject({
      user_id: 'u-auditor',
      user_email: 'auditor@example.com',
      status: 'failed',
      new_value_full: { method: 'PUT', path: '/audit-retention', role: 'auditor', payload: { policies: {} } },
    });
    expect(retention?.comments).toBe(
      'Refused PUT /audit-retention: Changing the retention policy needs the "manage-audit-settings" permission.',
    );
    const marker = expect.stringMatching(/^\[redacted:[0-9a-f]{8}\]$/) as unknown;
    const creates = found.filter((r) => r.controller === 'audit.destinations' && r.entity_id === null);
    // as JSON and as a form: the secret is a fingerprint either way, the rest as it was sent
    expect(creates.map((r) => (r.new_value_full as { payload: unknown }).payload)).toEqual(
      expect.arrayContaining([
        { ...destination, secret: marker },
        { secret: marker, name: 'Form' },
      ]),
    );
    expect(found.find((r) => r.controller === 'search')?.user_id).toBe('u-member');
    expect(JSON.stringify(found)).not.toContain(SECRET);
  });

  it('a refused read is recorded once a minute per user and path; an allowed write is no refusal', async () => {
    const before = (await refusals()).length;
    // a member's page polling: one story, its secret-named parameter fingerprinted
    for (let i = 0; i < 3; i++)
      expect((await call('member', '/audit/access/records?q=x&access_token=Tok3n-in-url')).status).toBe(403);
    const saved = await call('auditor', '/saved-searches', {
      ...json('POST', savedSearch('ok')),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-2' },
    });
    expect(saved.status).toBe(201);
    const all = await refusals();
    const added = all.slice(0, all.length - before);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      controller: 'audit',
      user_id: 'u-member',
      new_value_full: {
        method: 'GET',
        path: '/audit/access/records',
        query: expect.stringMatching(/^\?q=x&access_token=\[redacted:[0-9a-f]{8}\]$/) as unknown,
      },
    });
  });

  it("the Overview's settings changes count a saved search, not a refusal", async () => {
    const count = async () => {
      const response = await call(
        'owner',
        `/audit/overview?from=${new Date(anchor - 3_600_000).toISOString()}`,
      );
      const overview = (await response.json()) as Overview;
      return overview.figures.find((f) => f.key === 'settings-changes')?.count;
    };
    const before = await count();
    const created = await call('owner', '/saved-searches', {
      ...json('POST', savedSearch('counted')),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-3' },
    });
    expect(created.status).toBe(201);
    expect((await call('auditor', '/audit-retention', json('PUT', { policies: {} }))).status).toBe(403);
    expect(await count()).toBe((before ?? 0) + 1);
  });
});
