import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/api/streams';
import { fixtureRecords } from '../contract/fixture';
import { openSqlStore } from './openStore';

const records = fixtureRecords(Date.UTC(2026, 10, 20, 12));

describe('openSqlStore on a PGlite data directory', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'audit-pglite-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts empty with the default retention policy, keeps what it is given across a reopen', async () => {
    const first = await openSqlStore({ dataDir: dir });
    expect(await first.isEmpty()).toBe(true);
    const retention = await first.retention.get('retention');
    expect(retention?.value.policies.activity).toBeNull();

    const batch: AuditRecord[] = records.access;
    expect(await first.insert('access', batch)).toEqual({ added: batch.length, existing: 0 });
    // a retried batch, with one new record: only that one goes in
    const more = { ...batch[0], id: 'acc-new' } as AuditRecord;
    expect(await first.insert('access', [...batch, more])).toEqual({ added: 1, existing: batch.length });
    expect(await first.isEmpty()).toBe(false);
    await first.close();

    const again = await openSqlStore({ dataDir: dir });
    expect(await again.get('access', 'acc-new')).toEqual(more);
    // the policy was stored once: reopening does not make a new version of it
    expect((await again.retention.get('retention'))?.etag).toBe(retention?.etag);

    await again.reset();
    expect(await again.isEmpty()).toBe(true);
    const fresh = await again.retention.get('retention');
    expect(fresh?.value).toEqual(retention?.value);
    // after a reset, an ETag read before it names no version
    expect(fresh?.etag).not.toBe(retention?.etag);
    await again.close();
  }, 120_000);

  it('refuses a record it cannot hold faithfully, and inserts nothing of its batch', async () => {
    const store = await openSqlStore({});
    const bad = { ...records.activity[0], id: 'bad', event_time: '2026-11-20T10:00:00Z' } as AuditRecord;
    await expect(store.insert('activity', [...records.activity, bad])).rejects.toThrow(/Date#toISOString/);
    expect(await store.isEmpty()).toBe(true);
    await store.close();
  }, 120_000);
});
