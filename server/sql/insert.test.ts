import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FREE_TEXT_SEPARATOR } from './fold';
import { insertRecords, insertStatements, MAX_BIND_PARAMETERS } from './insert';
import { openPglite } from './pglite';
import { RecordRejected, toRow } from './row';
import { streamTables } from './tables';

const activity = streamTables.activity;

function record(i: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const time = new Date(Date.UTC(2026, 10, 20) + i * 1000).toISOString();
  return { id: `r${i}`, event_time: time, action: 'Update', status: 'success', changed: ['name'], ...extra };
}

function valueOf(row: unknown[], column: string): unknown {
  return row[activity.columns.findIndex((c) => c.name === column)];
}

describe('toRow', () => {
  it('folds with JavaScript, keeps list elements, and numbers as evaluate.ts reads them', () => {
    const row = toRow(activity, record(1, { user_email: 'ΣΑΣ', changed: ['Name', 7, null, { x: 1 }] }));
    expect(valueOf(row, 'user_email_fold')).toBe('σας');
    expect(valueOf(row, 'changed_fold')).toEqual(['name', '7']);
    expect(valueOf(row, 'device_fold')).toBeNull();
    const access = streamTables.access;
    const accessRow = toRow(access, {
      id: 'a',
      start_time: '2026-11-20T10:00:00.000Z',
      duration: ' 7 ',
      bytes_sent: '',
    });
    expect(accessRow[access.columns.findIndex((c) => c.name === 'duration_num')]).toBe(7);
    expect(accessRow[access.columns.findIndex((c) => c.name === 'bytes_sent_num')]).toBeNull();
  });

  it('joins the string values of the free-text fields only', () => {
    const row = toRow(activity, record(1, { action: 'A', user_email: 5, comments: 'C' }));
    expect(valueOf(row, 'free_text_fold')).toBe(`a${FREE_TEXT_SEPARATOR}c`);
  });

  it('refuses records the table cannot hold faithfully', () => {
    const refused = [
      { ...record(1), id: 5 },
      { ...record(1), event_time: '2026-11-20T10:00:00Z' },
      { ...record(1), event_time: undefined },
      record(1, { comments: 'a\0b' }),
      record(1, { comments: '\uD800' }),
      record(1, { action: ['a', 'b'] }),
    ];
    for (const r of refused) expect(() => toRow(activity, r), JSON.stringify(r)).toThrow(RecordRejected);
  });
});

describe('insertStatements', () => {
  it('keeps each statement within the bind-parameter limit', () => {
    const records = Array.from({ length: 6000 }, (_, i) => record(i));
    const statements = insertStatements(activity, records);
    const perStatement = Math.floor(MAX_BIND_PARAMETERS / activity.columns.length);
    expect(statements.map((s) => s.params.length / activity.columns.length)).toEqual([
      perStatement,
      perStatement,
      6000 - 2 * perStatement,
    ]);
    for (const s of statements) expect(s.params.length).toBeLessThanOrEqual(MAX_BIND_PARAMETERS);
  });
});

describe('insertRecords', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await openPglite();
  }, 120_000);
  afterAll(() => db.close());

  it('inserts a batch larger than one statement, and nothing again when it is sent twice', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => record(i, { comments: `it's 100% \\ "${i}"` }));
    expect(insertStatements(activity, records).length).toBeGreaterThan(1);
    expect(await insertRecords(db, activity, records)).toBe(3000);
    expect(await insertRecords(db, activity, records.slice(0, 10))).toBe(0);
    const { rows } = await db.query<{ doc: unknown }>('SELECT doc FROM activity_records WHERE id = $1', [
      'r42',
    ]);
    expect(rows[0]?.doc).toEqual(records[42]);
  });
});
