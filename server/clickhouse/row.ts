/**
 * A record → its row in a stream's ClickHouse table: the SQL store's row (server/sql/row.ts:
 * the same checks and the same folded copies, so both stores compare the same values) with
 * ClickHouse's few differences: numbers as their IEEE bits, an absent list as an empty one,
 * each scalar field's text as written, and the month the row is partitioned by. The row is
 * written as a TabSeparated line in `table.columns` order, the form inserts send.
 */
import { asString } from '../../src/api/query/evaluate';
import { facetValues } from '../engine/facets';
import { toRow } from '../sql/row';
import { float64Hex } from './literal';
import { bitsColumn, elementsColumn, type ChTable } from './tables';
import { tsvRow, type TsvValue } from './tsv';

type Values = Readonly<{ [field: string]: unknown }>;

export interface ChRow {
  readonly id: string;
  readonly timeMs: number;
  /** the TabSeparated line, newline included */
  readonly line: string;
}

export function toChRow(table: ChTable, record: Values, arrived: number | null = null): ChRow {
  const values = toRow(table.sql, record, arrived);
  const row: Record<string, TsvValue> = {};
  table.sql.columns.forEach((column, i) => {
    const value = values[i];
    if (column.type === 'double precision')
      row[bitsColumn(column.name)] = typeof value === 'number' ? float64Hex(value) : '';
    else if (column.type === 'text[]') row[column.name] = (value as string[] | null) ?? [];
    else row[column.name] = (value as string | number | null | undefined) ?? null;
  });
  const timeMs = Number(row.time_ms);
  row.month = monthOf(timeMs);
  for (const [field, column] of table.raw) row[column] = scalarText(record[field]) ?? null;
  for (const storage of table.sql.fields.values())
    if (storage.kind === 'folded' && storage.list)
      row[elementsColumn(storage.spec.name)] = [...facetValues(record[storage.spec.name])];
  return {
    id: String(row.id),
    timeMs,
    line: tsvRow(table.columns.map((column) => row[column.name] ?? null)),
  };
}

/** String(value) of a string, number or boolean: what facets and top values show. */
function scalarText(value: unknown): string | undefined {
  return typeof value === 'object' ? undefined : asString(value);
}

/** The partition holding `ms`: year × 100 + month. */
export function monthOf(ms: number): number {
  const time = new Date(ms);
  return time.getUTCFullYear() * 100 + time.getUTCMonth() + 1;
}
