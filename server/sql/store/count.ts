import type { RecordSearch } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { countMatches } from '../page';
import { rollupPlan } from '../rollup/plan';
import { rolledCount } from '../rollup/read';
import type { SearchRequest } from '../search';
import { streamTables } from '../tables';

/**
 * How many records a search matches: from the hourly rollup where it can count the search (its
 * whole hours; the partial hours at the ends from the records), otherwise from the records.
 */
export async function countSearch(db: SqlExecutor, search: RecordSearch): Promise<number> {
  const table = streamTables[search.stream];
  const request: SearchRequest = { query: search.query, from: search.from, to: search.to, sort: search.sort };
  const plan = rollupPlan(search);
  if (plan === undefined) return countMatches(db, table, request);
  const parts = await Promise.all([
    rolledCount(db, plan),
    ...plan.edges.map((edge) => countMatches(db, table, { ...request, ...edge })),
  ]);
  return parts.reduce((sum, n) => sum + n, 0);
}
