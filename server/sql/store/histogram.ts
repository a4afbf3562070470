import type { Histogram } from '../../../src/api/schemas/histogram';
import { streamContracts } from '../../../src/api/streams';
import { emptyCounts, histogramFrame, histogramOf, type HistogramFrame } from '../../engine/histogram';
import type { RecordSearch } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { SqlParams } from '../params';
import { floorHour } from '../rollup/hour';
import { bucketSql } from './bucketSql';
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
 * the range's ends from the records, when every bucket is whole UTC hours (in a zone whose
 * offset is whole hours).
 */
export async function sqlHistogram(
  db: SqlExecutor,
  search: RecordSearch,
  range: { from: number | null; to: number },
  maxBuckets: number,
  timeZone = 'UTC',
): Promise<Histogram> {
  const contract = streamContracts[search.stream];
  // "all time" starts at the oldest match, which only the database knows
  const oldest = range.from === null ? await oldestMatch(db, search) : null;
  const frame = histogramFrame(range, oldest, maxBuckets, timeZone);
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
  const plan = wholeHours(frame) ? rollupPlan(search, frame.interval.ms) : undefined;
  if (plan === undefined) return recordCells(db, search, frame);
  const parts = await Promise.all([
    rolledCells(db, plan, frame),
    ...plan.edges.map((edge) => recordCells(db, { ...search, ...edge }, frame)),
  ]);
  return parts.flat();
}

/** Whether the rollup's hours fall each in one bucket: the buckets' bounds are on UTC hours. */
function wholeHours(frame: HistogramFrame): boolean {
  // the first bucket's start may lie before the range: no hour of the rollup begins before it
  return frame.starts.every((start, k) => k === 0 || floorHour(start) === start);
}

/** One GROUP BY over the matching records. */
async function recordCells(db: SqlExecutor, search: RecordSearch, frame: HistogramFrame): Promise<Cell[]> {
  const table = streamTables[search.stream];
  const params = new SqlParams();
  const where = searchConditions(table, requestOf(search), params);
  const band = outcomeBand(search.stream, params);
  const bucket = bucketSql('time_ms', frame, params);
  const { rows } = await db.query<Cell>(
    `SELECT ${bucket}::int AS bucket, ${band} AS band, count(*)::int AS n
       FROM ${table.name} WHERE ${where} GROUP BY 1, 2`,
    params.values,
  );
  return rows;
}
