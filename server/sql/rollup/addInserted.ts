import type { SqlExecutor } from '../db';
import { SqlParams } from '../params';
import type { StreamTable } from '../tables';
import { rollupCell } from './bands';

/**
 * Counts records just inserted into their hours, in the inserting transaction: `ids` are the
 * rows the INSERT returned, so a record that was already stored (a retried batch) is not counted
 * twice. Cells are written in key order, so two transactions adding to the same hours wait for
 * each other instead of deadlocking.
 */
export async function addToHourlyRollup(
  tx: SqlExecutor,
  table: StreamTable,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const params = new SqlParams();
  const stream = params.add(table.stream, 'text');
  const cell = rollupCell(table.stream, params);
  await tx.query(
    `INSERT INTO hourly_rollup AS r (stream, hour_ms, matches, outcome, records)
     SELECT ${stream}, ${cell.hour}, ${cell.matches}, ${cell.outcome}, count(*)
       FROM ${table.name} WHERE id = ANY(${params.add(ids, 'text[]')})
      GROUP BY 2, 3, 4 ORDER BY 2, 3
     ON CONFLICT (stream, hour_ms, matches) DO UPDATE SET records = r.records + EXCLUDED.records`,
    params.values,
  );
}
