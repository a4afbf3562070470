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

function conditions(table: StreamTable, request: SearchRequest, params: SqlParams): string {
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
  let where = conditions(table, request, params);
  if (page.after) where += ` AND ${keysetAfter(table, request.sort, page.after, params)}`;
  const limit = page.limit === undefined ? '' : ` LIMIT ${params.add(page.limit, 'int')}`;
  const sql =
    `SELECT id, time_ms, ${sortKeyExpression(table, request.sort)} AS sort_key, doc FROM ${table.name}` +
    ` WHERE ${where} ORDER BY ${orderBy(table, request.sort)}${limit}`;
  return { sql, params: params.values };
}

export function countStatement(table: StreamTable, request: SearchRequest): SqlStatement {
  const params = new SqlParams();
  const sql = `SELECT count(*)::int AS total FROM ${table.name} WHERE ${conditions(table, request, params)}`;
  return { sql, params: params.values };
}
