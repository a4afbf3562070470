/**
 * What the ClickHouse store does when a shard stops, on a 2-shard cluster this suite starts:
 * a search fails with a 503 naming the shard (never a partial answer), an ingest is told to
 * come back (503 with Retry-After) and the same batch, sent again once the shard is back, is
 * stored once: records a shard took before the other failed are not doubled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResultSchema } from '../../src/api/schemas/ingest';
import { streamContracts, type AuditRecord } from '../../src/api/streams';
import { fixtureRecords } from '../contract/fixture';
import { apiClient, type ApiClient } from '../contract/client';
import { addIngestToken } from '../contract/senderToken';
import { SEED_EXAMPLE_BATCH } from '../engine/ingest/seedExample';
import type { HostStore } from '../node/hostStore';
import { openSqlStore } from '../sql/openStore';
import { openClickHouseStore } from './openStore';
import {
  clickhouseBinary,
  startClickHouseCluster,
  type ClickHouseCluster,
} from './testing/clickhouseCluster';

const binary = clickhouseBinary();
if ('missing' in binary) console.warn(`The ClickHouse shard tests are skipped: ${binary.missing}.`);

/** A batch of many events, so that both shards get some of them. */
function batchOf(count: number): string {
  const example = JSON.parse(SEED_EXAMPLE_BATCH) as { events: { unique_id: string }[] };
  const first = example.events[0];
  if (first === undefined) throw new Error('The example batch has no event');
  const events = Array.from({ length: count }, (_, i) => ({ ...first, unique_id: `shard-test-${i}` }));
  return JSON.stringify({ events });
}

describe.skipIf('missing' in binary)('a stopped ClickHouse shard', () => {
  let cluster: ClickHouseCluster | undefined;
  let store: HostStore;
  let api: ApiClient;
  let secret: string;

  beforeAll(async () => {
    if ('server' in binary) cluster = await startClickHouseCluster(binary.server);
    const shards = cluster?.shards ?? [];
    store = await openClickHouseStore(
      { urls: shards.map((s) => s.url), cluster: cluster?.cluster ?? '', database: 'audit_shards' },
      await openSqlStore({}),
    );
    api = apiClient(store);
    ({ secret } = await addIngestToken(store, { id: 'tok-shards', name: 'Shard test sender' }));
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await cluster?.stop();
  });

  const ingest = (body: string) =>
    api.call(
      'POST',
      '/ingest',
      undefined,
      { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body,
    );
  const total = async (): Promise<number> =>
    (await api.json<{ total: number }>('/audit/access/records?limit=1')).total;

  it('stores a retried batch once', async () => {
    const body = batchOf(40);
    const first = ingestResultSchema.parse(await (await ingest(body)).json());
    expect(first.added).toBe(40);
    const again = ingestResultSchema.parse(await (await ingest(body)).json());
    expect(again.added).toBe(0);
    expect(again.duplicates).toBe(40);
    expect(await total()).toBe(40);
  });

  it('fails a search with 503 naming the shard, and answers in full once it is back', async () => {
    const second = cluster?.shards[1];
    if (second === undefined) throw new Error('no second shard');
    await second.stop();
    try {
      const response = await api.call('GET', '/audit/access/records?limit=5');
      expect(response.status).toBe(503);
      expect(response.headers.get('Retry-After')).toMatch(/^\d+$/);
      const problem = (await response.json()) as { detail: string };
      expect(problem.detail).toContain('ClickHouse shard 2');
      expect(problem.detail).toContain(`127.0.0.1:${second.tcpPort}`);
    } finally {
      await second.start();
    }
    expect(await total()).toBe(40);
  });

  it('tells an ingest sender to retry while a shard is down, and stores the retry once', async () => {
    const second = cluster?.shards[1];
    if (second === undefined) throw new Error('no second shard');
    const body = batchOf(80);
    await second.stop();
    try {
      const refused = await ingest(body);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
      expect(((await refused.json()) as { detail: string }).detail).toContain('ClickHouse shard 2');
    } finally {
      await second.start();
    }
    const retried = await ingest(body);
    expect(retried.status).toBe(200);
    const result = ingestResultSchema.parse(await retried.json());
    // the first shard may have kept its share of the refused attempt: the retry adds the rest
    expect(result.added + result.duplicates).toBe(80);
    expect(await total()).toBe(80);
  });

  it('drops whole months as partitions, and the older part of the cutoff month, on every shard', async () => {
    const timeField = streamContracts.activity.timeField;
    const base = fixtureRecords(Date.UTC(2025, 3, 1)).activity;
    // ten records in each of January, February and March 2025
    const records = Array.from({ length: 30 }, (_, i) => ({
      ...(base[i % base.length] as AuditRecord),
      id: `retention-${i}`,
      [timeField]: new Date(Date.UTC(2025, Math.floor(i / 10), 1 + (i % 10) * 2)).toISOString(),
    }));
    expect((await store.insert('activity', records)).added).toBe(30);
    const cutoff = Date.UTC(2025, 1, 10); // inside February: 5 of its records are older
    expect(await store.countOlderThan('activity', cutoff)).toBe(15);
    expect(await store.dropOlderThan('activity', cutoff)).toBe(15);
    expect(await store.countOlderThan('activity', cutoff)).toBe(0);
    expect((await api.json<{ total: number }>('/audit/activity/records?limit=1')).total).toBe(15);
    const months = new Set<string>();
    for (const shard of cluster?.shards ?? []) {
      const response = await fetch(`${shard.url}/`, {
        method: 'POST',
        body: "SELECT DISTINCT partition FROM system.parts WHERE database = 'audit_shards' AND table = 'activity_records_local' AND active FORMAT TSV",
      });
      for (const line of (await response.text()).split('\n')) if (line) months.add(line);
    }
    expect([...months].sort()).toEqual(['202502', '202503']);
  });
});
