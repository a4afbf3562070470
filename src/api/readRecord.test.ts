import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../mocks/store';
import { withMockServer } from '../../mocks/testing';
import { readRecord, readRecords, whyUnreadable } from './readRecord';
import { listRecords, recordQuery } from './records';
import { QueryClient } from '@tanstack/react-query';
import type { AuditRecord } from './streams';

withMockServer(200);

/** An authentication record as a sender that knows nothing of upstream IdPs or user agents sends it. */
function sent(id: string, time: string): Record<string, unknown> {
  return {
    id,
    time,
    user_id: 'u-1',
    upstream_user_id: null,
    email: 'ada@example.com',
    org_id: 'org-1',
    org_name: 'Example',
    event: 'success',
    source_ip: '192.0.2.1',
    token_id: null,
    trace_id: 'trace-1',
    session: null,
    issuer: 'https://auth.example.com',
    client_id: 'console',
    application_name: 'Console',
    login_org_id: null,
    login_org_name: null,
    stage: 'password',
  };
}

describe('reading one record', () => {
  it('reads a field a sender may omit as null', () => {
    const record = readRecord('authentication', sent('a-1', '2026-01-01T00:00:00.000Z'), 'x');
    expect(whyUnreadable(record)).toBeUndefined();
    expect(record.upstream_idp).toBeNull();
    expect(record.user_agent).toBeNull();
    expect(record.email).toBe('ada@example.com');
  });

  it('keeps the fields a sender added beyond the schema', () => {
    const record = readRecord(
      'authentication',
      { ...sent('a-1', '2026-01-01T00:00:00.000Z'), extra: 1 },
      'x',
    );
    expect(record.extra).toBe(1);
  });

  it('marks a record whose required field is wrong, with why and what was sent', () => {
    const raw = { ...sent('a-2', '2026-01-01T00:00:00.000Z'), stage: 7 };
    const record = readRecord('authentication', raw, 'x');
    expect(record).toEqual({ id: 'a-2' });
    const why = whyUnreadable(record);
    expect(why?.reason).toMatch(/^stage: /);
    expect(why?.raw).toBe(raw);
  });

  it('gives a record without an id the fallback id', () => {
    expect(readRecord('authentication', 'not a record', 'unreadable-first-3').id).toBe('unreadable-first-3');
    expect(readRecord('authentication', { event: 'success' }, 'unreadable-first-4').id).toBe(
      'unreadable-first-4',
    );
  });

  it('never marks a readable record, whatever keys it carries', () => {
    const record = readRecord(
      'authentication',
      { ...sent('a-3', '2026-01-01T00:00:00.000Z'), reason: 'x', raw: 1 },
      'x',
    );
    expect(whyUnreadable(record)).toBeUndefined();
  });
});

describe('a page with a bad record', () => {
  it('reads every other record of the page, in order', () => {
    const items = [sent('a-1', 't'), { id: 'a-2' }, sent('a-3', 't')];
    const records = readRecords('authentication', items, 'first');
    expect(records.map((r) => r.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(records.map((r) => whyUnreadable(r) !== undefined)).toEqual([false, true, false]);
  });

  it('comes from the API with its good records shown and its bad one marked', async () => {
    const now = Date.now();
    // an audit record kept by an older version of the demo, before upstream_idp existed
    const old = sent('kept-by-an-older-version', new Date(now).toISOString());
    delete old.user_agent;
    await memoryStore.append('authentication', old as AuditRecord, now);
    const broken = { ...sent('broken-stage', new Date(now + 1).toISOString()), stage: 7 };
    await memoryStore.append('authentication', broken as unknown as AuditRecord, now + 1);

    const page = await listRecords('authentication', { limit: 50 });
    expect(page.items).toHaveLength(50);
    const [first, second] = page.items;
    expect(first?.id).toBe('broken-stage');
    expect(whyUnreadable(first as AuditRecord)?.reason).toMatch(/^stage: /);
    expect(second?.id).toBe('kept-by-an-older-version');
    expect(whyUnreadable(second as AuditRecord)).toBeUndefined();
    expect(page.items.slice(1).every((r) => whyUnreadable(r) === undefined)).toBe(true);

    // the drawer's read of the bad record by its id is marked the same way, not an error
    const detail = await new QueryClient().fetchQuery(recordQuery('authentication', 'broken-stage'));
    expect(whyUnreadable(detail)?.reason).toMatch(/^stage: /);
  });

  it('stores a record written without an optional field with that field null (the memory path agrees with ingest)', async () => {
    const now = Date.now();
    const old = sent('written-without-idp', new Date(now).toISOString());
    await memoryStore.append('authentication', old as AuditRecord, now);
    const stored = await memoryStore.get('authentication', 'written-without-idp');
    expect(stored).toMatchObject({ upstream_idp: null, user_agent: null });
  });
});
