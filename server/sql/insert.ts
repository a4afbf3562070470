/**
 * Multi-row INSERTs of records. Re-sending a record (a retried batch) inserts nothing the
 * second time: ON CONFLICT (id) DO NOTHING.
 */
import type { SqlDb, SqlStatement } from './db';
import { SqlParams, type SqlType } from './params';
import { addToHourlyRollup } from './rollup/addInserted';
import { toRow } from './row';
import type { ColumnType, StreamTable } from './tables';

/** Postgres reads a statement's parameter count as an unsigned 16-bit number. */
export const MAX_BIND_PARAMETERS = 65_535;

const CAST: Readonly<Record<ColumnType, SqlType>> = {
  text: 'text',
  'text[]': 'text[]',
  'double precision': 'float8',
  bigint: 'bigint',
  jsonb: 'jsonb',
};

/** Statements inserting `records`, as many rows each as the parameter limit allows (or `maxRows`). */
export function insertStatements(
  table: StreamTable,
  records: readonly Readonly<Record<string, unknown>>[],
  maxRows = Infinity,
  arrived: number | null = null,
): SqlStatement[] {
  const perStatement = Math.max(1, Math.min(maxRows, Math.floor(MAX_BIND_PARAMETERS / table.columns.length)));
  const rows = records.map((r) => toRow(table, r, arrived));
  const statements: SqlStatement[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    statements.push(insertStatement(table, rows.slice(start, start + perStatement)));
  }
  return statements;
}

function insertStatement(table: StreamTable, rows: readonly unknown[][]): SqlStatement {
  const params = new SqlParams();
  const tuples = rows.map(
    (row) => `(${table.columns.map((column, i) => params.add(row[i], CAST[column.type])).join(', ')})`,
  );
  const names = table.columns.map((c) => c.name).join(', ');
  return {
    sql: `INSERT INTO ${table.name} (${names}) VALUES ${tuples.join(', ')} ON CONFLICT (id) DO NOTHING RETURNING id`,
    params: params.values,
  };
}

/** Inserts all or none of `records`; returns how many were new. */
export async function insertRecords(
  db: SqlDb,
  table: StreamTable,
  records: readonly Readonly<Record<string, unknown>>[],
  arrived: number | null = null,
): Promise<number> {
  const statements = insertStatements(table, records, Infinity, arrived);
  return db.transaction(async (tx) => {
    // RETURNING names only the rows that went in: the rollup must not count a retried record twice
    const inserted: string[] = [];
    for (const s of statements) {
      for (const row of (await tx.query<{ id: string }>(s.sql, s.params)).rows) inserted.push(row.id);
    }
    await addToHourlyRollup(tx, table, inserted);
    return inserted.length;
  });
}
