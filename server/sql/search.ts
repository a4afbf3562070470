/**
 * The statements of a records search: its rows in order (a page of them, after a keyset), and
 * how many there are in all.
 */
import type { Query } from '../../src/api/query/types';
import type { Sort } from '../../src/api/sort';
import type { SqlStatement } from './db';
import { compileWhere } from './compile';
import { SqlParams } from './params';
import { keysetAfter, orderBy, sortKeyExpression, type SortKey } from './sort';
import type { StreamTable } from './tables';
import { compileTimeRange } from './timeRange';

export interface SearchRequest {
  readonly query: Query;
  /** epoch ms, inclusive; null for no bound */
  readonly from: number | null;
  /** epoch ms, inclusive; null for no bound */
  readonly to: number | null;
  readonly sort: Sort;
}

/** What searchStatement selects: sort_key and time_ms make the next page's cursor. */
export interface SearchRow {
  readonly id: string;
  readonly time_ms: unknown;
  readonly sort_key: unknown;
  readonly doc: unknown;
}

/** The WHERE clause of a search: its time range and its query. */
export function searchConditions(table: StreamTable, request: SearchRequest, params: SqlParams): string {
  return [
    ...compileTimeRange(request.from, request.to, params),
    compileWhere(request.query, table, params),
  ].join(' AND ');
}

/** The matching rows in order, after `after` when given, at most `limit` when given. */
export function searchStatement(
  table: StreamTable,
  request: SearchRequest,
  page: { readonly after?: SortKey | null; readonly limit?: number } = {},
): SqlStatement {
  const params = new SqlParams();
  const where = searchConditions(table, request, params);
  const keyset = page.after ? keysetAfter(table, request.sort, page.after, params) : undefined;
  const limit = page.limit === undefined ? '' : ` LIMIT ${params.add(page.limit, 'int')}`;
  const columns = `id, time_ms, ${sortKeyExpression(table, request.sort)} AS sort_key, doc`;
  const order = orderBy(table, request.sort);
  const select = (condition: string, by: string): string =>
    `SELECT ${columns} FROM ${table.name} WHERE ${condition} ORDER BY ${by}${limit}`;
  if (keyset === undefined) return { sql: select(where, order), params: params.values };
  if (keyset.kind === 'range')
    return { sql: select(`${where} AND ${keyset.condition}`, order), params: params.values };
  // each part is one index range read in order; the outer sort sees at most two pages
  const values = select(`${where} AND ${keyset.values}`, order);
  const empties = select(`${where} AND ${keyset.empties}`, 'time_ms DESC, id DESC');
  const sql =
    `SELECT id, time_ms, sort_key, doc FROM ((${values}) UNION ALL (${empties})) AS page` +
    ` ORDER BY ${orderBy(table, request.sort, 'sort_key')}${limit}`;
  return { sql, params: params.values };
}

export function countStatement(table: StreamTable, request: SearchRequest): SqlStatement {
  const params = new SqlParams();
  const sql = `SELECT count(*)::int AS total FROM ${table.name} WHERE ${searchConditions(table, request, params)}`;
  return { sql, params: params.values };
}
