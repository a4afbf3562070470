import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestResultSchema, quarantineListSchema, type IngestResult } from '../../src/api/schemas/ingest';
import type { AuditRecord } from '../../src/api/streams';
import { apiClient, type ApiClient } from '../contract/client';
import { addIngestToken } from '../contract/senderToken';
import { SEED_EXAMPLE_BATCH } from '../engine/ingest/seedExample';
import { createMemoryStore } from '../engine/memoryStore';
import type { AuditStore } from '../engine/types';
import { openSqlStore } from '../sql/openStore';
import type { SqlStore } from '../sql/store/createSqlStore';

const empty = { generate: () => ({ records: [], times: new Float64Array(0) }) };

const NOW = new Date().toISOString();

function event(uniqueId: string, fields: Record<string, unknown>, createTime = NOW) {
  return { create_time: createTime, event: fields, unique_id: uniqueId };
}

function authorisationEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    allowed: false,
    authenticated: true,
    authority: 'share.example.com',
    downstream_remote_address: '198.51.100.7',
    error: false,
    hostname: 'ds1',
    jti: 'jti-1',
    log_type: 'authorization',
    method: 'GET',
    org: 'org-1',
    path: '/files',
    protocol: 'HTTP/1.1',
    request_id: 'req-1',
    source_id: 'src',
    source_org_id: 'org-1',
    source_type: 'agent-connector',
    sub: 'user-1',
    time: NOW,
    whitelisted: false,
    ...overrides,
  };
}

function ingestSuite(open: () => Promise<{ store: AuditStore; close(): Promise<void> }>): void {
  let store: AuditStore;
  let close: () => Promise<void>;
  let api: ApiClient;
  let secret: string;

  beforeAll(async () => {
    ({ store, close } = await open());
    api = apiClient(store);
  }, 60_000);
  afterAll(() => close());
  beforeEach(async () => {
    await store.reset();
    ({ secret } = await addIngestToken(store));
  });

  const send = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
    api.call(
      'POST',
      '/ingest',
      undefined,
      {
        Authorization: `Bearer ${secret}`,
        'Content-Type': 'application/json',
        ...headers,
      },
      body,
    );

  async function sent(body: unknown, headers: Record<string, string> = {}): Promise<IngestResult> {
    const response = await send(typeof body === 'string' ? body : JSON.stringify(body), headers);
    expect(response.status, await response.clone().text()).toBe(200);
    return ingestResultSchema.parse(await response.json());
  }

  async function records(stream: string, q = ''): Promise<AuditRecord[]> {
    const page = await api.json<{ items: AuditRecord[] }>(
      `/audit/${stream}/records?limit=100&q=${encodeURIComponent(q)}`,
    );
    return page.items;
  }

  it('stores the documentation example batch as it stands, once, however often it is sent', async () => {
    const first = await sent(SEED_EXAMPLE_BATCH);
    expect(first).toMatchObject({ received: 2, added: 2, duplicates: 0, quarantined: 0, rejected: [] });
    expect(first.streams).toMatchObject({ access: 1, authorisation: 1 });
    const [access] = await records('access', 'authority:share.dbt.agilicus.cloud');
    expect(access).toMatchObject({
      id: 'cCwsSeh8gwH66rVLMzayEi',
      start_time: '2022-02-13T21:17:09.757Z',
      start_time_as_sent: '2022-02-13T21:17:09.757266487Z',
      create_time: '2022-02-13T21:17:10.912073099Z',
      method: 'OPTIONS',
      email: null,
    });
    expect(access).not.toHaveProperty('log_type');
    const [decision] = await records('authorisation', 'jti:hTrNWKetLyWLuS5rGA5B2s');
    expect(decision).toMatchObject({ id: 'qrb8Cidj56AZr6MtLChwun', allowed: true, method: 'PROPFIND' });
    // older than the default retention: said, not hidden
    expect(first.warnings.join(' ')).toMatch(/older than the 365-day retention period/);

    const again = await sent(SEED_EXAMPLE_BATCH);
    expect(again).toMatchObject({ received: 2, added: 0, duplicates: 2, quarantined: 0 });
    expect(await records('access', 'authority:share.dbt.agilicus.cloud')).toHaveLength(1);
  });

  it('stores the valid events of a mixed batch and quarantines the rest with their index and reason', async () => {
    const result = await sent({
      events: [
        event('ok-1', authorisationEvent()),
        event('bad-type', { ...authorisationEvent(), log_type: 'firewall' }),
        event('bad-field', authorisationEvent({ allowed: 'maybe' })),
        { create_time: NOW, unique_id: 'no-event' },
        event('ok-2', authorisationEvent({ request_id: 'req-2' })),
      ],
    });
    expect(result).toMatchObject({ received: 5, added: 2, quarantined: 3 });
    expect(result.rejected.map((r) => [r.index, r.uniqueId])).toEqual([
      [1, 'bad-type'],
      [2, 'bad-field'],
      [3, 'no-event'],
    ]);
    expect(result.rejected[0]?.reason).toMatch(/log_type "firewall" names no stream/);
    expect(result.rejected[1]?.reason).toMatch(/^allowed: /);
    expect(result.rejected[2]?.reason).toMatch(/^event: /);
    const kept = await store.quarantine.list();
    expect(kept.map((k) => k.value.uniqueId).sort()).toEqual(['bad-field', 'bad-type', 'no-event']);
    expect(kept.every((k) => k.value.tokenName === 'Splunk forwarder')).toBe(true);

    // a retried batch neither stores nor quarantines anything twice
    const again = await sent({
      events: [
        event('ok-1', authorisationEvent()),
        event('bad-type', { ...authorisationEvent(), log_type: 'firewall' }),
      ],
    });
    expect(again).toMatchObject({ added: 0, duplicates: 1, quarantined: 1 });
    expect(await store.quarantine.list()).toHaveLength(3);
  });

  it('never stores, returns or quarantines a secret, and keeps whether it changed', async () => {
    const oldKey = 'sk-live-OLD-0123456789';
    const newKey = 'sk-live-NEW-9876543210';
    const result = await sent({
      events: [
        event('act-1', {
          event_time: NOW,
          controller: 'integrations',
          entity: 'integration',
          action: 'update',
          attribute: 'api_access',
          old_value: JSON.stringify({ api_key: oldKey, region: 'eu' }),
          new_value: JSON.stringify({ api_key: newKey, region: 'eu' }),
          old_value_full: { api_key: oldKey, password: 'hunter2', nested: { client_secret: 'cs-1' } },
          new_value_full: { api_key: newKey, password: 'hunter2', nested: { client_secret: 'cs-1' } },
          status: 'success',
          workgroup_id: 'wg-1',
          user_id: 'u-1',
        }),
        event('acc-1', authorisationEvent({ path: '/callback?code=abc&access_token=tok-SECRET-1' })),
        event('bad-1', authorisationEvent({ allowed: 'maybe', authorization: 'Bearer tok-SECRET-2' })),
      ],
    });
    expect(result).toMatchObject({ added: 2, quarantined: 1 });
    const everything = JSON.stringify([
      await records('activity'),
      await records('authorisation'),
      await api.json('/audit/activity/records?limit=10&q=integrations'),
      await store.quarantine.list(),
    ]);
    for (const secretValue of [oldKey, newKey, 'hunter2', 'cs-1', 'tok-SECRET-1', 'tok-SECRET-2'])
      expect(everything).not.toContain(secretValue);
    const [change] = await records('activity', 'controller:integrations');
    const full = (change?.new_value_full ?? {}) as Record<string, unknown>;
    const before = (change?.old_value_full ?? {}) as Record<string, unknown>;
    expect(full.api_key).toMatch(/^\[redacted:[0-9a-f]{8}\]$/);
    expect(full.api_key).not.toBe(before.api_key);
    expect(full.password).toBe(before.password);
    expect(String(change?.new_value)).toMatch(/"api_key":"\[redacted:[0-9a-f]{8}\]"/);
    const [decision] = await records('authorisation', 'request_id:req-1');
    expect(decision?.path).toMatch(/^\/callback\?code=abc&access_token=\[redacted:[0-9a-f]{8}\]$/);
  });

  it('takes NDJSON and gzip, and says where a body is not JSON', async () => {
    const lines = [
      JSON.stringify(event('nd-1', authorisationEvent())),
      '',
      '{"create_time": "broken',
      JSON.stringify(event('nd-2', authorisationEvent({ request_id: 'req-2' }))),
    ].join('\n');
    const nd = await sent(lines, { 'Content-Type': 'application/x-ndjson' });
    expect(nd).toMatchObject({ received: 3, added: 2, quarantined: 1 });
    expect(nd.rejected[0]).toMatchObject({ index: 1 });
    expect(nd.rejected[0]?.reason).toMatch(/^line 3 is not JSON/);

    const zipped = await send(
      new Uint8Array(
        gzipSync(Buffer.from(JSON.stringify({ events: [event('gz-1', authorisationEvent())] }))),
      ),
      {
        'Content-Encoding': 'gzip',
      },
    );
    expect(zipped.status).toBe(200);
    expect(await zipped.json()).toMatchObject({ added: 1 });

    const broken = await send('{"events": [ {"create_time": } ]}');
    expect(broken.status).toBe(400);
    expect((await broken.json()).detail).toBe(
      'The body is not JSON: expected a JSON value at byte 29, found "}".',
    );
    const notBatch = await send('[1, 2]');
    expect(notBatch.status).toBe(400);
    expect((await notBatch.json()).detail).toMatch(/"events" array/);
  });

  it('refuses senders without a valid token (401), streams the token may not write (403), and oversized bodies (413)', async () => {
    const batch = JSON.stringify({ events: [event('x-1', authorisationEvent())] });
    const anonymous = await api.call(
      'POST',
      '/ingest',
      undefined,
      { 'Content-Type': 'application/json' },
      batch,
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Content-Type')).toBe('application/problem+json');
    expect((await send(batch, { Authorization: 'Bearer aci_nottherightone' })).status).toBe(401);

    const revoked = await addIngestToken(store, {
      name: 'Old sender',
      revokedAt: NOW,
      revokedBy: 'owner@example.com',
    });
    const refused = await send(batch, { Authorization: `Bearer ${revoked.secret}` });
    expect(refused.status).toBe(401);
    expect((await refused.json()).detail).toMatch(/"Old sender" was revoked/);
    const audited = await records('activity', 'action:ingest_refused');
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ status: 'failed', entity_id: revoked.token.id });

    const accessOnly = await addIngestToken(store, { name: 'Access only', streams: ['access'] });
    const forbidden = await send(batch, { Authorization: `Bearer ${accessOnly.secret}` });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).detail).toMatch(
      /may not write authorisation records; nothing of this batch was stored/,
    );
    expect(await records('authorisation', 'request_id:req-1')).toHaveLength(0);

    // Basic with the token as password, and a custom header, as audit destinations can send
    const basic = btoa(`sender:${secret}`);
    expect((await send(batch, { Authorization: `Basic ${basic}` })).status).toBe(200);
    expect((await send(batch, { Authorization: '', 'X-Ingest-Token': secret })).status).toBe(200);

    const huge = await send(new Uint8Array(gzipSync(Buffer.alloc(11 * 1024 * 1024, 0x20))), {
      'Content-Encoding': 'gzip',
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).detail).toMatch(/at most 10 MiB/);
    expect((await send(batch, { 'Content-Type': 'text/plain' })).status).toBe(415);
  });

  it('lists the quarantine with counts by reason; a retry stores what now maps, a discard is audited', async () => {
    await sent({
      events: [
        event('q-1', authorisationEvent({ allowed: 'maybe' })),
        event('q-2', authorisationEvent({ allowed: 'perhaps' })),
        event('q-3', { ...authorisationEvent(), log_type: 'firewall' }),
      ],
    });
    const list = quarantineListSchema.parse(await api.json('/ingest/quarantine?limit=2'));
    expect(list.total).toBe(3);
    expect(list.items).toHaveLength(2);
    expect(list.reasons.map((r) => r.count)).toEqual([2, 1]);
    expect((await api.call('GET', '/ingest/quarantine?limit=0')).status).toBe(400);

    // what a fixed mapping would now accept: the stored raw event made valid
    const [first] = await store.quarantine.list();
    if (!first) throw new Error('nothing quarantined');
    const fixed = JSON.parse(first.value.raw) as { event: Record<string, unknown> };
    fixed.event.allowed = true;
    await store.quarantine.put({ ...first.value, raw: JSON.stringify(fixed) });
    const retried = await api.call('POST', `/ingest/quarantine/${first.value.id}/retry`);
    expect(await retried.json()).toEqual({
      outcome: 'stored',
      stream: 'authorisation',
      recordId: first.value.uniqueId,
    });
    expect(await store.quarantine.get(first.value.id)).toBeUndefined();
    expect(await records('authorisation', `id:${first.value.uniqueId}`)).toHaveLength(1);

    const [second] = await store.quarantine.list();
    if (!second) throw new Error('nothing left');
    const again = await api.call('POST', `/ingest/quarantine/${second.value.id}/retry`);
    expect(await again.json()).toMatchObject({ outcome: 'rejected' });
    expect(await store.quarantine.get(second.value.id)).toBeDefined();

    expect(
      (await apiClient(store, 'auditor').call('DELETE', `/ingest/quarantine/${second.value.id}`)).status,
    ).toBe(403);
    expect((await api.call('DELETE', `/ingest/quarantine/${second.value.id}`)).status).toBe(204);
    expect((await api.call('DELETE', `/ingest/quarantine/${second.value.id}`)).status).toBe(404);
    const trail = await records('activity', 'entity:quarantined_event');
    expect(trail.map((r) => r.comments)).toEqual([
      expect.stringMatching(/^Quarantined event q-\d discarded \(/),
      expect.stringMatching(/^Quarantined event q-\d retried: stored in Authorisation$/),
    ]);
  });

  it('shows an ingested record in the live tail though its own time is older than the watermark', async () => {
    const watermark: { until: string } = await api.json(
      `/audit/authorisation/tail?after=${new Date().toISOString()}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 2));
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await sent({
      events: [
        event('late-1', authorisationEvent({ time: hourAgo, request_id: 'late' }), hourAgo),
        event('late-2', authorisationEvent({ time: hourAgo, request_id: 'other' }), hourAgo),
      ],
    });
    await new Promise((resolve) => setTimeout(resolve, 2));
    const next: { items: AuditRecord[] } = await api.json(
      `/audit/authorisation/tail?after=${encodeURIComponent(watermark.until)}&q=request_id:late`,
    );
    expect(next.items.map((r) => r.id)).toEqual(['late-1']);
  });
}

describe('POST /ingest on the memory store', () => {
  ingestSuite(async () => ({ store: createMemoryStore(empty), close: async () => undefined }));
});

describe('POST /ingest on the SQL store (PGlite)', () => {
  ingestSuite(async () => {
    const store: SqlStore = await openSqlStore({});
    return { store, close: () => store.close() };
  });
});
