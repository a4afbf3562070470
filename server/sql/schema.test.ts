import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamContracts, streamNames, type StreamName } from '../../src/api/streams';
import { openPglite } from './pglite';
import { streamTables, type FieldStorage } from './tables';

interface ColumnRow {
  column_name: string;
  type: string;
  collation: string | null;
}

describe('the migrations and the contracts', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await openPglite();
  }, 120_000);
  afterAll(() => db.close());

  async function columnsOf(table: string): Promise<Map<string, ColumnRow>> {
    const { rows } = await db.query<ColumnRow>(
      `SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type, c.collname AS collation
         FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
      [table],
    );
    return new Map(rows.map((r) => [r.column_name, r]));
  }

  it.each(streamNames)(
    '%s: every contract field has its column, and every column a field',
    async (stream) => {
      const table = streamTables[stream];
      const actual = await columnsOf(table.name);
      const expected = new Map(table.columns.map((c) => [c.name, c.type]));
      const missing = [...expected].filter(([name, type]) => {
        const row = actual.get(name);
        // format_type() spells types as tables.ts does: text, text[], bigint, double precision, jsonb
        return row === undefined || row.type !== type;
      });
      const extra = [...actual.keys()].filter((name) => !expected.has(name));
      // a new or retyped contract field needs a migration; a removed one, a migration dropping its column
      expect(missing, 'columns the contract needs that the migrations lack (or type differently)').toEqual(
        [],
      );
      expect(extra, 'columns of no contract field').toEqual([]);
    },
  );

  it.each(streamNames)('%s: every searchable field of the contract is stored', (stream) => {
    const table = streamTables[stream];
    expect([...table.fields.keys()].sort()).toEqual(streamContracts[stream].fields.map((f) => f.name).sort());
  });

  it.each(streamNames)(
    '%s: text is compared by code point (COLLATE "C"), whatever the locale',
    async (stream) => {
      const actual = await columnsOf(streamTables[stream].name);
      const notC = [...actual.values()].filter((c) => c.type.startsWith('text') && c.collation !== 'C');
      expect(notC.map((c) => c.column_name)).toEqual([]);
    },
  );

  it.each(streamNames)(
    '%s: each sort has an index in its order, but those left without on purpose',
    async (stream) => {
      const table = streamTables[stream];
      const { rows } = await db.query<{ indexdef: string }>(
        'SELECT indexdef FROM pg_indexes WHERE tablename = $1',
        [table.name],
      );
      const defs = rows.map((r) => r.indexdef);
      const indexed = (field: string) => {
        const lead = field === table.timeField ? '' : `${columnOf(table.fields.get(field))}, `;
        return defs.some((d) => d.includes(`(${lead}time_ms DESC, id DESC)`));
      };
      const without = SORTS_WITHOUT_INDEX[stream];
      for (const field of table.sortable) expect(indexed(field), field).toBe(!without.includes(field));
      for (const field of without)
        expect(table.sortable, `${field} (in SORTS_WITHOUT_INDEX)`).toContain(field);
    },
  );

  it('loads pg_trgm, so substring search has trigram indexes', async () => {
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'",
    );
    expect(rows[0]?.n).toBeGreaterThanOrEqual(streamNames.length);
  });
});

/**
 * Sortable fields with no index in their order (migration 008): one more index per field would
 * slow every insert for a sort seldom used, which without it reads the range's matches.
 */
const SORTS_WITHOUT_INDEX: Readonly<Record<StreamName, readonly string[]>> = {
  authentication: ['user_id', 'upstream_user_id', 'org_id', 'login_org_id', 'user_agent'],
  authorisation: [
    'authenticated',
    'error',
    'whitelisted',
    'protocol',
    'source_id',
    'source_org_id',
    'org',
    'sub',
  ],
  access: [
    'upstream_authority',
    'flags',
    'hostname',
    'protocol',
    'source_type',
    'source_id',
    'source_org_id',
    'org',
    'sub',
    'http_user_agent',
  ],
  activity: ['entity_id', 'workgroup_id', 'user_id', 'source_ip'],
};

function columnOf(storage: FieldStorage | undefined): string {
  if (storage === undefined || storage.kind === 'time') throw new Error('not a field column');
  return storage.column;
}
