import type { HistogramFrame } from '../../engine/histogram';
import { bucketSql } from '../store/bucketSql';
import type { SqlExecutor } from '../db';
import { SqlParams } from '../params';
import type { RollupPlan } from './plan';

/** A count of one histogram bucket and outcome band. */
export interface HistogramCell {
  bucket: number;
  band: number;
  n: number;
}

function cellsWhere(plan: RollupPlan, params: SqlParams): string {
  const conditions = [`stream = ${params.add(plan.stream, 'text')}`];
  if (plan.hours.from !== null) conditions.push(`hour_ms >= ${params.add(plan.hours.from, 'bigint')}`);
  if (plan.hours.to !== null) conditions.push(`hour_ms < ${params.add(plan.hours.to, 'bigint')}`);
  if (plan.bit !== null) conditions.push(`(matches & ${params.add(plan.bit, 'int')}) <> 0`);
  return conditions.join(' AND ');
}

/** The records in the plan's whole hours. */
export async function rolledCount(db: SqlExecutor, plan: RollupPlan): Promise<number> {
  const params = new SqlParams();
  const { rows } = await db.query<{ n: number }>(
    `SELECT coalesce(sum(records), 0)::int AS n FROM hourly_rollup WHERE ${cellsWhere(plan, params)}`,
    params.values,
  );
  return rows[0]?.n ?? 0;
}

/**
 * The plan's whole hours counted in the frame's buckets, as histogram.ts counts records: an
 * hour lies in one bucket, since the caller uses the rollup only when buckets are whole hours.
 */
export async function rolledCells(
  db: SqlExecutor,
  plan: RollupPlan,
  frame: HistogramFrame,
): Promise<HistogramCell[]> {
  const params = new SqlParams();
  const where = cellsWhere(plan, params);
  const bucket = bucketSql('hour_ms', frame, params);
  const { rows } = await db.query<HistogramCell>(
    `SELECT ${bucket}::int AS bucket,
            outcome::int AS band, sum(records)::int AS n
       FROM hourly_rollup WHERE ${where} GROUP BY 1, 2`,
    params.values,
  );
  return rows;
}
