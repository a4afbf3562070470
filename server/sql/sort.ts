/**
 * The demo's result order in SQL, and keyset paging through it.
 *
 * The demo keeps records newest first and sorts that list stably, with empty values last in
 * either direction: by a field, ties stay newest first (time desc, then id desc here, where the
 * demo has its generation order). By the time field it keeps or reverses that list, so time
 * ascending breaks ties by id ascending. Text sorts by its fold()ed copy, which orders as the
 * demo's String(v).toLowerCase(); numbers by toNumber(), a non-number counting as empty.
 *
 * A page after a given row is "the rows after its (value, time, id)", never an OFFSET, so
 * nothing is skipped or repeated while records arrive; where an index is in the sort's order
 * (the time field either way, a field ascending) the page starts with a seek.
 */
import type { Sort } from '../../src/api/sort';
import type { SqlParams } from './params';
import type { StreamTable } from './tables';

/** A row's place in an order: the sort field's stored value (null when empty), time and id. */
export interface SortKey {
  readonly value: string | number | null;
  readonly time: number;
  readonly id: string;
}

export type SortColumn =
  { readonly kind: 'time' } | { readonly kind: 'text' | 'number'; readonly column: string };

export function sortColumn(table: StreamTable, sort: Sort): SortColumn {
  if (!table.sortable.includes(sort.field)) {
    throw new Error(`"${sort.field}" is not a sortable field of ${table.stream}`);
  }
  if (sort.field === table.timeField) return { kind: 'time' };
  const storage = table.fields.get(sort.field);
  if (storage?.kind === 'number') return { kind: 'number', column: storage.column };
  if (storage?.kind === 'folded' && !storage.list) return { kind: 'text', column: storage.column };
  throw new Error(`"${sort.field}" cannot be sorted on`);
}

/** `as` names the sort field's column where a subquery renamed it. */
export function orderBy(table: StreamTable, sort: Sort, as?: string): string {
  const key = sortColumn(table, sort);
  if (key.kind === 'time') return sort.desc ? 'time_ms DESC, id DESC' : 'time_ms ASC, id ASC';
  return `${as ?? key.column} ${sort.desc ? 'DESC' : 'ASC'} NULLS LAST, time_ms DESC, id DESC`;
}

/** The SQL expression whose value the next page's cursor carries. */
export function sortKeyExpression(table: StreamTable, sort: Sort): string {
  const key = sortColumn(table, sort);
  return key.kind === 'time' ? 'NULL' : key.column;
}

/**
 * Where the rows after `after` are. Within one index range, except after a row with a value:
 * then they are the values past it and every empty value, two ranges, which one OR would
 * turn into a filter over the whole index instead of a seek.
 */
export type Keyset =
  | { readonly kind: 'range'; readonly condition: string }
  | { readonly kind: 'valuesThenEmpties'; readonly values: string; readonly empties: string };

export function keysetAfter(table: StreamTable, sort: Sort, after: SortKey, params: SqlParams): Keyset {
  const key = sortColumn(table, sort);
  const t = params.add(after.time, 'bigint');
  const id = params.add(after.id, 'text');
  if (key.kind === 'time') {
    return { kind: 'range', condition: `(time_ms, id) ${sort.desc ? '<' : '>'} (${t}, ${id})` };
  }
  const newerTieAfter = `(time_ms, id) < (${t}, ${id})`;
  // empty values come last in both directions, and among themselves newest first
  if (after.value === null) return { kind: 'range', condition: `${key.column} IS NULL AND ${newerTieAfter}` };
  const v = params.add(after.value, key.kind === 'number' ? 'float8' : 'text');
  const past = sort.desc ? '<' : '>';
  return {
    kind: 'valuesThenEmpties',
    // the bound with `=` is what the index seeks to; the rest drops the tie rows already shown
    values: `${key.column} ${past}= ${v} AND (${key.column} ${past} ${v} OR ${newerTieAfter})`,
    empties: `${key.column} IS NULL`,
  };
}

/** The key of a row read with `sortKeyExpression` as sort_key (drivers give bigint as text or number). */
export function sortKeyOf(
  table: StreamTable,
  sort: Sort,
  row: { readonly id: string; readonly time_ms: unknown; readonly sort_key: unknown },
): SortKey {
  const key = sortColumn(table, sort);
  const time = Number(row.time_ms);
  if (key.kind === 'time' || row.sort_key === null) return { value: null, time, id: row.id };
  return { value: key.kind === 'number' ? Number(row.sort_key) : String(row.sort_key), time, id: row.id };
}
