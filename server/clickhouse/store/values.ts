/**
 * A field's frequent values: facets (a whole stream, by prefix, for the search box) and top
 * values (a search's matches, for the overview), as the memory store ranks them
 * (server/engine/facets.ts, topValues.ts). Ties with the last value kept all come back, since
 * the final order among equal counts is JavaScript's and decided here.
 */
import type { StreamName } from '../../../src/api/streams';
import type { RecordSearch, ValueCount } from '../../engine/types';
import { fold } from '../../sql/fold';
import { prefixPattern } from '../../sql/like';
import type { ClickHouseDb } from '../db';
import { sqlInteger, sqlString } from '../literal';
import { searchConditions } from '../search';
import { chTables, elementsColumn, type ChTable } from '../tables';

interface FieldText {
  /** the value lower-cased, as queries compare it: what top values group by */
  readonly folded: string;
  /** the value as the record writes it */
  readonly spelling: string;
  /** rows with such a value, not an empty one */
  readonly present: string;
  readonly needle: (prefix: string) => string;
  /** what the table is read with: a list's ARRAY JOIN of its elements */
  readonly join?: string;
}

/**
 * A list field's distinct elements, a row each (facets.ts in the engine): a search matches a
 * list by any element, so each element is a value to count, once per record.
 */
function elementText(field: string): FieldText {
  return {
    join: ` ARRAY JOIN ${elementsColumn(field)} AS element`,
    folded: 'lowerUTF8(element)',
    spelling: 'element',
    present: `element != ''`,
    needle: (p) => p.toLowerCase(),
  };
}

function fieldText(table: ChTable, field: string): FieldText {
  const storage = table.sql.fields.get(field);
  if (storage === undefined) throw new Error(`"${field}" is not a field of ${table.sql.stream}`);
  if (storage.kind === 'time')
    return { folded: 'lower(time_iso)', spelling: 'time_iso', present: '1', needle: (p) => p.toLowerCase() };
  const raw = table.raw.get(field) ?? '';
  if (storage.kind === 'folded' && !storage.list)
    return {
      folded: storage.column,
      spelling: raw,
      present: `ifNull(${storage.column} != '', 0)`,
      needle: fold,
    };
  // numbers and a list field holding one value: ASCII text, where lower() is toLowerCase
  return {
    folded: `lower(${raw})`,
    spelling: raw,
    present: `ifNull(${raw} != '', 0)`,
    needle: (p) => p.toLowerCase(),
  };
}

type Counted = { value: string; count: string | number };

/** The count of the `limit`-th most frequent group: the least count kept, ties included. */
async function leastKept(
  db: ClickHouseDb,
  table: ChTable,
  group: string,
  where: string,
  limit: number,
  join = '',
) {
  const rows = await db.rows<{ c: string }>(
    `SELECT count() AS c FROM ${table.name}${join} WHERE ${where} GROUP BY ${group} ORDER BY c DESC LIMIT ${sqlInteger(limit)}`,
  );
  return rows.length < limit ? 1 : Number(rows.at(-1)?.c ?? 1);
}

export async function chFacets(
  db: ClickHouseDb,
  stream: StreamName,
  field: string,
  prefix: string,
  limit: number,
): Promise<ValueCount[]> {
  if (limit <= 0) return [];
  const table = chTables[stream];
  const storage = table.sql.fields.get(field);
  const text = storage?.kind === 'folded' && storage.list ? elementText(field) : fieldText(table, field);
  const needle = text.needle(prefix);
  const conditions = [text.present];
  if (needle !== '') conditions.push(`${text.folded} LIKE ${sqlString(prefixPattern(needle))}`);
  const where = conditions.join(' AND ');
  const least = await leastKept(db, table, text.spelling, where, limit, text.join);
  const rows = await db.rows<Counted>(
    `SELECT ${text.spelling} AS value, count() AS count FROM ${table.name}${text.join ?? ''} WHERE ${where}
      GROUP BY value HAVING count >= ${sqlInteger(least)}`,
  );
  return rows
    .map((r) => ({ value: r.value, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

interface SpellingRow {
  folded: string;
  spelling: string;
  n: string | number;
  newest: string | number;
  oldest: string | number;
}

export async function chTopValues(
  db: ClickHouseDb,
  search: RecordSearch,
  field: string,
  limit: number,
): Promise<ValueCount[]> {
  if (limit <= 0) return [];
  const table = chTables[search.stream];
  const text = fieldText(table, field);
  const where = `${searchConditions(table, search)} AND ${text.present}`;
  const least = await leastKept(db, table, text.folded, where, limit);
  const rows = await db.rows<SpellingRow>(
    `SELECT ${text.folded} AS folded, ${text.spelling} AS spelling, count() AS n,
            max(time_ms) AS newest, min(time_ms) AS oldest
       FROM ${table.name} WHERE ${where} AND ${text.folded} GLOBAL IN (
         SELECT ${text.folded} FROM ${table.name} WHERE ${where}
          GROUP BY ${text.folded} HAVING count() >= ${sqlInteger(least)})
      GROUP BY folded, spelling`,
  );
  // the spelling the search's order meets first wins a tie: the newest's, or the oldest's in time order
  const oldestFirst = search.sort.field === table.sql.timeField && !search.sort.desc;
  const firstMet = (row: SpellingRow): number => (oldestFirst ? Number(row.oldest) : -Number(row.newest));
  const groups = new Map<string, { total: number; best: SpellingRow }>();
  for (const row of rows) {
    const group = groups.get(row.folded);
    if (group === undefined) {
      groups.set(row.folded, { total: Number(row.n), best: row });
      continue;
    }
    group.total += Number(row.n);
    const kept = group.best;
    if (
      Number(row.n) > Number(kept.n) ||
      (Number(row.n) === Number(kept.n) && firstMet(row) < firstMet(kept))
    )
      group.best = row;
  }
  return [...groups.values()]
    .map((g) => ({ value: g.best.spelling, count: g.total }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}
