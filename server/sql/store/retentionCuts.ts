import type { StreamName } from '../../../src/api/streams';
import type { SqlDb, SqlExecutor } from '../db';
import { SqlParams } from '../params';
import { bandMatches } from '../rollup/bands';
import { hourOf } from '../rollup/hour';
import { streamTables } from '../tables';

/** time_ms holds whole milliseconds: older than `cutoff` is older than its ceiling. */
const bound = (cutoff: number): number => Math.ceil(cutoff);

export async function countOlderThan(db: SqlExecutor, stream: StreamName, cutoff: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${streamTables[stream].name} WHERE time_ms < $1::bigint`,
    [bound(cutoff)],
  );
  return rows[0]?.n ?? 0;
}

/**
 * Retention is the one way records leave: by age, through the time index. The hourly rollup
 * loses exactly what was deleted, cell by cell, in the same transaction: a cutoff inside an
 * hour leaves that hour's later records counted, and a subtraction commutes with an insert
 * adding to the same hour meanwhile, where counting the hour again might miss it.
 */
export async function dropOlderThan(db: SqlDb, stream: StreamName, cutoff: number): Promise<number> {
  const params = new SqlParams();
  const name = params.add(stream, 'text');
  const matches = bandMatches(stream, params);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ dropped: number }>(
      `WITH gone AS (
         DELETE FROM ${streamTables[stream].name} WHERE time_ms < ${params.add(bound(cutoff), 'bigint')}
         RETURNING ${hourOf('time_ms')} AS hour_ms, ${matches} AS matches
       ), cells AS (
         SELECT hour_ms, matches, count(*) AS n FROM gone GROUP BY 1, 2
       ), counted AS (
         UPDATE hourly_rollup r SET records = r.records - cells.n FROM cells
          WHERE r.stream = ${name} AND r.hour_ms = cells.hour_ms AND r.matches = cells.matches
       )
       SELECT (SELECT count(*) FROM gone)::int AS dropped`,
      params.values,
    );
    // an emptied cell is dropped; one below zero would mean a drift, and is left for tests to see
    await tx.query('DELETE FROM hourly_rollup WHERE stream = $1::text AND records = 0', [stream]);
    return rows[0]?.dropped ?? 0;
  });
}
