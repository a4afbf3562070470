/**
 * The hourly rollup held against the records it counts: every cell where the two disagree (a
 * count, or the band a cell is stacked in). A rollup that drifted by one record fails a test.
 */
import type { StreamName } from '../../../src/api/streams';
import type { SqlExecutor } from '../db';
import { SqlParams } from '../params';
import { rollupCell } from '../rollup/bands';
import { streamTables } from '../tables';

export interface DriftedCell {
  hour: number;
  matches: number;
  /** [rolled up, counted now] */
  records: [number | null, number | null];
  outcome: [number | null, number | null];
}

interface Row {
  hour_ms: unknown;
  matches: number;
  rolled: unknown;
  counted: unknown;
  rolled_outcome: number | null;
  counted_outcome: number | null;
}

/** drivers give bigint as text, number or bigint */
const numberOf = (value: unknown): number | null => (value === null ? null : Number(value));

export async function rollupDrift(db: SqlExecutor, stream: StreamName): Promise<DriftedCell[]> {
  const params = new SqlParams();
  const name = params.add(stream, 'text');
  const cell = rollupCell(stream, params);
  const { rows } = await db.query<Row>(
    `SELECT coalesce(r.hour_ms, c.hour_ms) AS hour_ms, coalesce(r.matches, c.matches) AS matches,
            r.records AS rolled, c.records AS counted,
            r.outcome::int AS rolled_outcome, c.outcome::int AS counted_outcome
       FROM (SELECT hour_ms, matches, outcome, records FROM hourly_rollup WHERE stream = ${name}) r
       FULL JOIN (
         SELECT ${cell.hour} AS hour_ms, ${cell.matches} AS matches, ${cell.outcome} AS outcome,
                count(*) AS records
           FROM ${streamTables[stream].name} GROUP BY 1, 2, 3
       ) c ON r.hour_ms = c.hour_ms AND r.matches = c.matches
      WHERE r.records IS DISTINCT FROM c.records OR r.outcome IS DISTINCT FROM c.outcome
      ORDER BY 1, 2`,
    params.values,
  );
  return rows.map((r) => ({
    hour: Number(r.hour_ms),
    matches: r.matches,
    records: [numberOf(r.rolled), numberOf(r.counted)],
    outcome: [r.rolled_outcome, r.counted_outcome],
  }));
}
