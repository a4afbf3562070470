/** A records search of the API (RecordSearch) as the SQL statements of server/sql run it. */
import type { Page } from '../../../src/api/schemas/common';
import type { AuditRecord } from '../../../src/api/streams';
import type { RecordSearch } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { searchPage } from '../page';
import type { SearchRequest } from '../search';
import { streamTables } from '../tables';
import { countSearch } from './count';
import type { StreamCache } from './streamCache';

export function requestOf(search: RecordSearch): SearchRequest {
  return { query: search.query, from: search.from, to: search.to, sort: search.sort };
}

/** The record a row's doc column holds: what the API returns, as it was stored. */
export function recordOf(row: { readonly doc: unknown }): AuditRecord {
  return row.doc as AuditRecord;
}

/** The totals cache's key: the order does not change how many match. */
export function totalKey(search: RecordSearch): string {
  return JSON.stringify([search.query, search.from, search.to]);
}

export function countRecords(
  db: SqlExecutor,
  totals: StreamCache<number>,
  search: RecordSearch,
): Promise<number> {
  return totals.remember(search.stream, totalKey(search), () => countSearch(db, search));
}

/** A page after `cursor` (a keyset cursor of server/sql/cursor.ts), with the total. */
export async function searchRecords(
  db: SqlExecutor,
  totals: StreamCache<number>,
  search: RecordSearch,
  page: { cursor: string | null; limit: number },
): Promise<Page<AuditRecord>> {
  // a pool runs the two side by side (PGlite, one connection, one after the other)
  const [found, total] = await Promise.all([
    searchPage(db, streamTables[search.stream], requestOf(search), page),
    countRecords(db, totals, search),
  ]);
  return { items: found.rows.map(recordOf), nextCursor: found.nextCursor, total };
}
