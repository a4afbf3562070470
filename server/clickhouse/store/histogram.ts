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

/** Runs of starts this many or fewer are written as arithmetic, more as one array of offsets. */
const MAX_RUNS = 16;

/**
 * bucketOf() of server/engine/histogram.ts (the last start at or before the instant, clamped to
 * the first) without width_bucket, which 18.16 lacks. The starts are a few runs a fixed interval
 * apart (one in UTC; a zone's 23- or 25-hour days end one), so each run is arithmetic: its first
 * bucket plus intDiv from its first start, no further than its last. Starts too irregular for a
 * few runs are one literal array of offsets from the first start, counted per row.
 */
export function bucketOf(frame: HistogramFrame): string {
  const { starts } = frame;
  const first = starts[0] ?? frame.from;
  const runs = runsOf(starts);
  if (runs.length > MAX_RUNS) {
    const offsets = starts.map((start) => sqlInteger(start - first)).join(', ');
    return `greatest(toInt64(arrayCount(offset -> toInt64(offset) <= time_ms - toInt64(${sqlInteger(first)}), [${offsets}])) - 1, toInt64(0))`;
  }
  const branches = runs.map((run) => {
    const within =
      run.last === run.first
        ? '0'
        : `least(intDiv(time_ms - toInt64(${sqlInteger(run.start)}), toInt64(${sqlInteger(run.step)})), toInt64(${sqlInteger(run.last - run.first)}))`;
    return `toInt64(${sqlInteger(run.first)}) + ${within}`;
  });
  // before the first start: the first bucket; then each run from its own start on
  const cases = runs.flatMap((run, i) => [
    `time_ms < toInt64(${sqlInteger(run.start)})`,
    i === 0 ? 'toInt64(0)' : (branches[i - 1] ?? ''),
  ]);
  return `multiIf(${cases.join(', ')}, ${branches[branches.length - 1] ?? 'toInt64(0)'})`;
}

interface Run {
  /** the index of the run's first and last bucket */
  first: number;
  last: number;
  /** the first bucket's start, and the interval between the run's starts */
  start: number;
  step: number;
}

/** Maximal runs of starts an equal interval apart, in order. */
function runsOf(starts: readonly number[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < starts.length) {
    const start = starts[i] ?? 0;
    const step = (starts[i + 1] ?? start + 1) - start;
    let last = i;
    while (last + 1 < starts.length && (starts[last + 1] ?? 0) - (starts[last] ?? 0) === step) last++;
    runs.push({ first: i, last, start, step });
    i = last + 1;
  }
  return runs;
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
