import type { Histogram } from '../../../src/api/schemas/histogram';
import { streamContracts } from '../../../src/api/streams';
import { emptyCounts, histogramFrame, histogramOf, type HistogramFrame } from '../../engine/histogram';
import type { RecordSearch } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { SqlParams } from '../params';
import { rollupPlan } from '../rollup/plan';
import { rolledCells, type HistogramCell as Cell } from '../rollup/read';
import { searchConditions } from '../search';
import { streamTables } from '../tables';
import { outcomeBand } from './outcomeBand';
import { requestOf } from './recordSearch';

/**
 * A search counted per bucket and outcome band: the database sends back at most buckets × bands
 * rows, never the records. The frame (interval, bounds) and the answer are the memory store's
 * own (server/engine/histogram.ts), so both stores agree to the bucket. A search the hourly
 * rollup can count (server/sql/rollup) reads whole hours from it and only the partial hours at
 * the range's ends from the records.
 */
export async function sqlHistogram(
  db: SqlExecutor,
  search: RecordSearch,
  range: { from: number | null; to: number },
  maxBuckets: number,
): Promise<Histogram> {
  const contract = streamContracts[search.stream];
  // "all time" starts at the oldest match, which only the database knows
  const oldest = range.from === null ? await oldestMatch(db, search) : null;
  const frame = histogramFrame(range, oldest, maxBuckets);
  const counts = emptyCounts(contract, frame);
  let total = 0;
  for (const cell of await countCells(db, search, frame)) {
    const row = counts[cell.bucket];
    if (row) row[cell.band] = (row[cell.band] ?? 0) + cell.n;
    total += cell.n;
  }
  return histogramOf(contract, frame, counts, total);
}

async function oldestMatch(db: SqlExecutor, search: RecordSearch): Promise<number | null> {
  const table = streamTables[search.stream];
  const params = new SqlParams();
  const where = searchConditions(table, requestOf(search), params);
  const { rows } = await db.query<{ oldest: unknown }>(
    `SELECT min(time_ms) AS oldest FROM ${table.name} WHERE ${where}`,
    params.values,
  );
  const oldest = rows[0]?.oldest;
  // drivers give bigint as text or number
  return oldest === null || oldest === undefined ? null : Number(oldest);
}

async function countCells(db: SqlExecutor, search: RecordSearch, frame: HistogramFrame): Promise<Cell[]> {
  const plan = rollupPlan(search, frame.interval.ms);
  if (plan === undefined) return recordCells(db, search, frame);
  const parts = await Promise.all([
    rolledCells(db, plan, frame),
    ...plan.edges.map((edge) => recordCells(db, { ...search, ...edge }, frame)),
  ]);
  return parts.flat();
}

/** One GROUP BY over the matching records. */
async function recordCells(db: SqlExecutor, search: RecordSearch, frame: HistogramFrame): Promise<Cell[]> {
  const table = streamTables[search.stream];
  const params = new SqlParams();
  const where = searchConditions(table, requestOf(search), params);
  const band = outcomeBand(search.stream, params);
  // bucketOf() in SQL: integer division truncates, which is floor for the non-negative offsets
  // of a search's records, and a negative one is clamped to the first bucket either way
  const first = params.add(frame.first, 'bigint');
  const ms = params.add(frame.interval.ms, 'bigint');
  const last = params.add(frame.count - 1, 'bigint');
  const bucket = `LEAST(GREATEST((time_ms - ${first}) / ${ms}, 0), ${last})`;
  const { rows } = await db.query<Cell>(
    `SELECT ${bucket}::int AS bucket, ${band} AS band, count(*)::int AS n
       FROM ${table.name} WHERE ${where} GROUP BY 1, 2`,
    params.values,
  );
  return rows;
}
