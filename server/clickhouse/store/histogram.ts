import type { Histogram } from '../../../src/api/schemas/histogram';
import { streamContracts, type StreamName } from '../../../src/api/streams';
import {
  emptyCounts,
  histogramFrame,
  histogramOf,
  outcomeQueries,
  type HistogramFrame,
} from '../../engine/histogram';
import type { RecordSearch } from '../../engine/types';
import { compileWhere } from '../compile';
import type { ClickHouseDb } from '../db';
import { sqlInteger } from '../literal';
import { searchConditions } from '../search';
import { chTables } from '../tables';

/**
 * A search counted per bucket and outcome band in one GROUP BY on every shard: at most
 * buckets × bands rows come back, never records. The frame and the answer are the memory
 * store's own (server/engine/histogram.ts), so every store agrees to the bucket.
 */
export async function chHistogram(
  db: ClickHouseDb,
  search: RecordSearch,
  range: { from: number | null; to: number },
  maxBuckets: number,
  timeZone = 'UTC',
): Promise<Histogram> {
  // "all time" starts at the oldest match, which only the database knows
  const oldest = range.from === null ? oldestOf(await db.rows<OldestRow>(oldestSql(search))) : null;
  const frame = histogramFrame(range, oldest, maxBuckets, timeZone);
  return histogramOfCells(search.stream, frame, await db.rows<CellRow>(cellsSql(search, frame)));
}

export interface OldestRow {
  oldest: string | number;
  n: string | number;
}

export interface CellRow {
  bucket: string | number;
  band: string | number;
  n: string | number;
}

export function oldestSql(search: RecordSearch): string {
  const table = chTables[search.stream];
  return `SELECT min(time_ms) AS oldest, count() AS n FROM ${table.name} WHERE ${searchConditions(table, search)}`;
}

export function oldestOf(rows: readonly OldestRow[]): number | null {
  const row = rows[0];
  return row === undefined || Number(row.n) === 0 ? null : Number(row.oldest);
}

export function cellsSql(search: RecordSearch, frame: HistogramFrame): string {
  const table = chTables[search.stream];
  return `SELECT ${bucketOf(frame)} AS bucket, ${outcomeBand(search.stream)} AS band, count() AS n
            FROM ${table.name} WHERE ${searchConditions(table, search)} GROUP BY bucket, band`;
}

/**
 * bucketOf() of server/engine/histogram.ts: the number of bucket starts at or before the instant,
 * less one, clamped to the first (18.16 has no width_bucket). Each start is an Int64 of its own,
 * as UInt64 and Int64 literals have no common type for an array.
 */
export function bucketOf(frame: HistogramFrame): string {
  const starts = frame.starts.map((start) => `toInt64(${sqlInteger(start)})`).join(', ');
  return `greatest(toInt64(arrayCount(bucket_start -> bucket_start <= time_ms, [${starts}])) - 1, toInt64(0))`;
}

export function histogramOfCells(
  stream: StreamName,
  frame: HistogramFrame,
  cells: readonly CellRow[],
): Histogram {
  const contract = streamContracts[stream];
  const counts = emptyCounts(contract, frame);
  let total = 0;
  for (const cell of cells) {
    const row = counts[Number(cell.bucket)];
    const band = Number(cell.band);
    if (row) row[band] = (row[band] ?? 0) + Number(cell.n);
    total += Number(cell.n);
  }
  return histogramOf(contract, frame, counts, total);
}

/** The first of the contract's outcome queries a row matches, or one past the last ("Other"). */
export function outcomeBand(stream: StreamName): string {
  const bands = outcomeQueries(streamContracts[stream]);
  if (bands.length === 0) return '0';
  const cases = bands.flatMap((query, i) => [compileWhere(query, chTables[stream]), String(i)]);
  return `multiIf(${cases.join(', ')}, ${bands.length})`;
}
