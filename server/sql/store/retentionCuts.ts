import type { StreamName } from '../../../src/api/streams';
import type { SqlExecutor } from '../db';
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

/** Retention is the one way records leave: by age, through the time index. */
export async function dropOlderThan(db: SqlExecutor, stream: StreamName, cutoff: number): Promise<number> {
  const result = await db.query(`DELETE FROM ${streamTables[stream].name} WHERE time_ms < $1::bigint`, [
    bound(cutoff),
  ]);
  return result.affectedRows ?? 0;
}
