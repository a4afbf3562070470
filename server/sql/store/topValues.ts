import type { RecordSearch, ValueCount } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { SqlParams } from '../params';
import { searchConditions } from '../search';
import { streamTables } from '../tables';
import { fieldText } from './fieldText';
import { requestOf } from './recordSearch';

interface SpellingRow {
  folded: string;
  total: number;
  spelling: string;
  n: number;
  newest: unknown;
  oldest: unknown;
}

/**
 * The most frequent values of a field among a search's matches, grouped case-insensitively
 * (server/engine/topValues.ts): each shown as it is most often written, a tie going to the
 * spelling the search's order meets first (the newest record's, or the oldest's in time
 * order). Groups tied with the last one kept all come back (WITH TIES), so the final order,
 * which is JavaScript's localeCompare among equal counts, is decided here as in memory.
 */
export async function sqlTopValues(
  db: SqlExecutor,
  search: RecordSearch,
  field: string,
  limit: number,
): Promise<ValueCount[]> {
  if (limit <= 0) return [];
  const table = streamTables[search.stream];
  const params = new SqlParams();
  const where = searchConditions(table, requestOf(search), params);
  const text = fieldText(table, field, params);
  const { rows } = await db.query<SpellingRow>(
    `WITH spellings AS (
       SELECT ${text.folded} AS folded, ${text.spelling} AS spelling, count(*)::int AS n,
              max(time_ms) AS newest, min(time_ms) AS oldest
         FROM ${table.name} WHERE ${where} AND ${text.present} GROUP BY 1, 2
     ), groups AS (
       SELECT folded, sum(n)::int AS total FROM spellings GROUP BY folded
        ORDER BY total DESC FETCH FIRST (${params.add(limit, 'int')}) ROWS WITH TIES
     )
     SELECT g.folded, g.total, s.spelling, s.n, s.newest, s.oldest
       FROM groups g JOIN spellings s ON s.folded = g.folded`,
    params.values,
  );
  const firstMet = (row: SpellingRow): number =>
    search.sort.field === table.timeField && !search.sort.desc ? Number(row.oldest) : -Number(row.newest);
  const best = new Map<string, SpellingRow>();
  for (const row of rows) {
    const kept = best.get(row.folded);
    if (!kept || row.n > kept.n || (row.n === kept.n && firstMet(row) < firstMet(kept)))
      best.set(row.folded, row);
  }
  return [...best.values()]
    .map((row) => ({ value: row.spelling, count: row.total }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}
