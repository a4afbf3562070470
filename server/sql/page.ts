/** One page of a records search, and the cursor of the next. */
import { CursorRejected } from '../engine/paging';
import type { SqlExecutor } from './db';
import { decodeCursor, encodeCursor } from './cursor';
import { countStatement, searchStatement, type SearchRequest, type SearchRow } from './search';
import { sortKeyOf } from './sort';
import type { StreamTable } from './tables';

export interface RecordsPage {
  readonly rows: SearchRow[];
  /** null on the last page */
  readonly nextCursor: string | null;
}

export async function searchPage(
  db: SqlExecutor,
  table: StreamTable,
  request: SearchRequest,
  page: { readonly cursor: string | null; readonly limit: number },
): Promise<RecordsPage> {
  const after = page.cursor === null ? null : decodeCursor(page.cursor, table, request.sort);
  if (page.cursor !== null && after === null) throw new CursorRejected();
  // one row more than asked says whether there is a next page without counting
  const s = searchStatement(table, request, { after, limit: page.limit + 1 });
  const { rows } = await db.query<SearchRow>(s.sql, s.params);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > page.limit && last !== undefined
      ? encodeCursor(request.sort, sortKeyOf(table, request.sort, last))
      : null;
  return { rows: items, nextCursor };
}

export async function countMatches(
  db: SqlExecutor,
  table: StreamTable,
  request: SearchRequest,
): Promise<number> {
  const s = countStatement(table, request);
  const { rows } = await db.query<{ total: number }>(s.sql, s.params);
  return rows[0]?.total ?? 0;
}
