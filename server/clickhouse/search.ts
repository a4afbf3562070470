/**
 * A records search in ClickHouse SQL: its rows in the demo's order (server/sql/sort.ts says
 * which), a page after a keyset cursor (server/sql/cursor.ts, the very cursors of the SQL
 * store), and its count. Each row read is the whole record (doc) plus its place in the order.
 */
import type { Sort } from '../../src/api/sort';
import type { AuditRecord } from '../../src/api/streams';
import { CursorRejected } from '../engine/paging';
import { decodeCursor, encodeCursor } from '../sql/cursor';
import type { SearchRequest } from '../sql/search';
import { sortColumn, type SortKey } from '../sql/sort';
import { compileWhere, sqlTime } from './compile';
import type { ClickHouseDb } from './db';
import { sqlInteger, sqlNumber, sqlString, sqlStringTuple } from './literal';
import { bitsColumn, type ChTable } from './tables';

/** A search as the SQL store takes it: the cursors and the order are the same. */
export type ChSearch = SearchRequest;

/** What a search reads of a row; sort_key is the sort field's stored copy ('' / NULL: none). */
export interface SearchRow {
  readonly id: string;
  readonly time_ms: string | number;
  readonly sort_key: string | null;
  readonly doc: string;
}

const MAX_MS = 8.64e15;

/** The WHERE clause of a search: its time range and its query. */
export function searchConditions(table: ChTable, search: Omit<ChSearch, 'sort'>): string {
  const conditions: string[] = [];
  if (search.from !== null) conditions.push(`time_ms >= ${sqlTime(Math.ceil(bound(search.from)))}`);
  if (search.to !== null) conditions.push(`time_ms <= ${sqlTime(Math.floor(bound(search.to)))}`);
  conditions.push(compileWhere(search.query, table));
  return conditions.join(' AND ');
}

function bound(ms: number): number {
  if (!(Math.abs(ms) <= MAX_MS)) throw new RangeError(`Time bound ${ms} is not an instant`);
  return ms;
}

export function orderBy(table: ChTable, sort: Sort): string {
  const key = sortColumn(table.sql, sort);
  if (key.kind === 'time') return sort.desc ? 'time_ms DESC, id DESC' : 'time_ms ASC, id ASC';
  return `${key.column} ${sort.desc ? 'DESC' : 'ASC'} NULLS LAST, time_ms DESC, id DESC`;
}

/** The rows after `after` in the sort's order: empty values last, ties newest first. */
function keysetAfter(table: ChTable, sort: Sort, after: SortKey): string {
  const key = sortColumn(table.sql, sort);
  const tie = `(time_ms, id) ${key.kind === 'time' && !sort.desc ? '>' : '<'} (${sqlInteger(after.time)}, ${sqlString(after.id)})`;
  if (key.kind === 'time') return tie;
  if (after.value === null) return `(isNull(${key.column}) AND ${tie})`;
  const v = typeof after.value === 'number' ? sqlNumber(after.value) : sqlString(after.value);
  const past = sort.desc ? '<' : '>';
  return `(ifNull(${key.column} ${past} ${v}, 0) OR (ifNull(${key.column} = ${v}, 0) AND ${tie}) OR isNull(${key.column}))`;
}

function sortKeyExpression(table: ChTable, sort: Sort): string {
  const key = sortColumn(table.sql, sort);
  if (key.kind === 'time') return 'NULL';
  // a number's bits, not its decimal text: the cursor must name the very float
  return key.kind === 'number' ? `if(isNull(${key.column}), NULL, ${bitsColumn(key.column)})` : key.column;
}

export function selectRows(
  table: ChTable,
  search: ChSearch,
  page: { readonly after?: SortKey | null; readonly limit?: number } = {},
  /** `keys`: no doc, which 18.16 would read for every match before the sort keeps a page of them */
  columns: 'doc' | 'keys' = 'doc',
): string {
  const conditions = [searchConditions(table, search)];
  if (page.after) conditions.push(keysetAfter(table, search.sort, page.after));
  const limit = page.limit === undefined ? '' : ` LIMIT ${sqlInteger(page.limit)}`;
  return (
    `SELECT id, time_ms, ${sortKeyExpression(table, search.sort)} AS sort_key, ${columns === 'doc' ? 'doc' : "'' AS doc"} FROM ${table.name}` +
    ` WHERE ${conditions.join(' AND ')} ORDER BY ${orderBy(table, search.sort)}${limit}`
  );
}

function sortKeyOf(table: ChTable, sort: Sort, row: SearchRow): SortKey {
  const key = sortColumn(table.sql, sort);
  const time = Number(row.time_ms);
  if (key.kind === 'time' || row.sort_key === null) return { value: null, time, id: row.id };
  if (key.kind === 'text') return { value: row.sort_key, time, id: row.id };
  return { value: Buffer.from(row.sort_key, 'hex').readDoubleLE(0), time, id: row.id };
}

export const recordOfDoc = (doc: string): AuditRecord => JSON.parse(doc) as AuditRecord;

/** Every matching record, in order (at most `limit`). */
export async function searchAll(
  db: ClickHouseDb,
  table: ChTable,
  search: ChSearch,
  limit?: number,
): Promise<AuditRecord[]> {
  const rows = await db.rows<SearchRow>(selectRows(table, search, limit === undefined ? {} : { limit }));
  return rows.map((r) => recordOfDoc(r.doc));
}

export interface ChPage {
  readonly items: AuditRecord[];
  readonly ids: string[];
  /** null on the last page */
  readonly nextCursor: string | null;
}

export async function searchPage(
  db: ClickHouseDb,
  table: ChTable,
  search: ChSearch,
  page: { readonly cursor: string | null; readonly limit: number },
  /** how many records the whole search matches, when known: the first window then holds about a page */
  matches?: number,
): Promise<ChPage> {
  const after = page.cursor === null ? null : decodeCursor(page.cursor, table.sql, search.sort);
  if (page.cursor !== null && after === null) throw new CursorRejected();
  // one row more than asked says whether there is a next page without counting
  const want = page.limit + 1;
  const keys = await windowedRows(db, table, search, after, want, 'keys', pageWidth(search, want, matches));
  const docs = await docsOf(db, table, keys.slice(0, page.limit));
  return pageOf(
    table,
    search.sort,
    keys.map((row) => ({ ...row, doc: docs.get(row.id) ?? '{}' })),
    page.limit,
  );
}

/** The time that holds `want` matches at the search's average density, half again for luck. */
function pageWidth(search: ChSearch, want: number, matches: number | undefined): number | undefined {
  if (matches === undefined || search.from === null || search.to === null) return undefined;
  const range = search.to - search.from + 1;
  return matches <= want ? range : Math.ceil(((range * want) / matches) * 1.5);
}

/** A page in time order over a bounded range is read in windows (windowedRows). */
function inWindows(
  table: ChTable,
  search: ChSearch,
): search is ChSearch & { readonly from: number; readonly to: number } {
  return sortColumn(table.sql, search.sort).kind === 'time' && search.from !== null && search.to !== null;
}

/** The first window of a time-ordered page: this share of the range, at its newest (or oldest) end. */
const FIRST_WINDOW_SHARE = 1 / 512;
/** Each further window is this many times wider than the one before. */
const WINDOW_GROWTH = 8;

/**
 * The keys of a page's rows (and one more). 18.16 cannot stop a time-ordered read early: it
 * reads every match of the range, then keeps the newest. So a page in time order reads the
 * range a window at a time from the end the order starts at, first a sliver, then ever wider
 * windows, until the page is full or the range is read: a page of a busy stream costs a few
 * minutes of records, a rare match a few round trips more than one full read. The windows do
 * not overlap and each is read in the page's order, so one after another they give the same
 * rows as the one read over the whole range (pages.test.ts walks both).
 */
async function windowedRows(
  db: ClickHouseDb,
  table: ChTable,
  search: ChSearch,
  after: SortKey | null,
  want: number,
  columns: 'doc' | 'keys',
  /** the first window's width in ms, when the caller knows how much time a page takes */
  firstWidth?: number,
): Promise<SearchRow[]> {
  if (!inWindows(table, search))
    return db.rows<SearchRow>(selectRows(table, search, { after, limit: want }, columns));
  const desc = search.sort.desc;
  let low = Math.ceil(bound(search.from));
  let high = Math.floor(bound(search.to));
  // the cursor's instant is the first one with rows still to come
  if (after !== null) {
    if (desc) high = Math.min(high, after.time);
    else low = Math.max(low, after.time);
  }
  const rows: SearchRow[] = [];
  let width = Math.max(1, Math.floor(firstWidth ?? (high - low + 1) * FIRST_WINDOW_SHARE));
  while (low <= high && rows.length < want) {
    const from = desc ? Math.max(low, high - width + 1) : low;
    const to = desc ? high : Math.min(high, low + width - 1);
    const window: ChSearch = { ...search, from, to };
    rows.push(
      ...(await db.rows<SearchRow>(selectRows(table, window, { after, limit: want - rows.length }, columns))),
    );
    if (desc) high = from - 1;
    else low = to + 1;
    width = Math.min(width * WINDOW_GROWTH, MAX_MS * 2);
  }
  return rows;
}

/** The documents of a page's rows, found by the table's key (time_ms, id). */
async function docsOf(
  db: ClickHouseDb,
  table: ChTable,
  rows: readonly SearchRow[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const times = [...new Set(rows.map((r) => Number(r.time_ms)))].map(sqlInteger).join(', ');
  const found = await db.rows<{ id: string; doc: string }>(
    `SELECT id, doc FROM ${table.name} WHERE time_ms IN (${times}) AND id IN ${sqlStringTuple(rows.map((r) => r.id))}`,
  );
  const docs = new Map(found.map((r) => [r.id, r.doc]));
  const missing = rows.find((r) => !docs.has(r.id));
  // gone between the two reads (retention): a page without it would skip a record silently
  if (missing !== undefined)
    throw new Error(`Record ${missing.id} went away while its page was read; read it again`);
  return docs;
}

/** The page `selectRows` read with `limit + 1`: its first `limit` rows and the next page's cursor. */
export function pageOf(table: ChTable, sort: Sort, rows: readonly SearchRow[], limit: number): ChPage {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined ? encodeCursor(sort, sortKeyOf(table, sort, last)) : null;
  return { items: kept.map((r) => recordOfDoc(r.doc)), ids: kept.map((r) => r.id), nextCursor };
}

export function countSql(table: ChTable, search: Omit<ChSearch, 'sort'>): string {
  return `SELECT count() AS n FROM ${table.name} WHERE ${searchConditions(table, search)}`;
}

export async function countMatches(
  db: ClickHouseDb,
  table: ChTable,
  search: Omit<ChSearch, 'sort'>,
): Promise<number> {
  const rows = await db.rows<{ n: string | number }>(countSql(table, search));
  return Number(rows[0]?.n ?? 0);
}

/** Records an export batch holds: fewer round trips than pages of 100, a few MB of documents at a time. */
const EXPORT_PAGE = 2_500;

/**
 * Every match in the search's order, a batch at a time. In time order each batch is read with
 * its documents straight from the windows (a window holds about a batch, so reading documents
 * before the sort costs little); in another order a batch is read as a console page is, keys
 * first, as 18.16 would otherwise read the document of every match to keep a batch of them.
 */
export async function* exportBatches(
  db: ClickHouseDb,
  table: ChTable,
  search: ChSearch,
  batch = EXPORT_PAGE,
): AsyncGenerator<AuditRecord[]> {
  if (!inWindows(table, search)) {
    let cursor: string | null = null;
    do {
      const page = await searchPage(db, table, search, { cursor, limit: batch });
      if (page.items.length > 0) yield page.items;
      cursor = page.nextCursor;
    } while (cursor !== null);
    return;
  }
  let after: SortKey | null = null;
  // the time the last batch took: the next batch's first window, so that a batch is mostly one read
  let span: number | undefined;
  for (;;) {
    const rows = await windowedRows(db, table, search, after, batch + 1, 'doc', span);
    const kept = rows.slice(0, batch);
    if (kept.length > 0) yield kept.map((r) => recordOfDoc(r.doc));
    const first = kept[0];
    const last = kept.at(-1);
    if (rows.length <= batch || first === undefined || last === undefined) return;
    span = Math.abs(Number(last.time_ms) - Number(first.time_ms)) * 1.25 + 1;
    after = sortKeyOf(table, search.sort, last);
  }
}
