import { bucketIndex, bucketStarts } from '../../src/api/histogramBuckets';
import { chooseInterval } from '../../src/api/histogramIntervals';
import type { Histogram } from '../../src/api/schemas/histogram';
import type { AuditRecord, StreamContract } from '../../src/api/streams';
import { compileQuery, parseQuery, type Query } from '../../src/api/query';

/** Records in no declared band still count, so the stacks always add up to the total. */
const OTHER = { key: 'unclassified', label: 'Other', tone: 'neutral', query: '' } as const;
const DAY = 86_400_000;

/** Where a histogram's buckets lie: every store counts into these, so their bounds agree. */
export interface HistogramFrame {
  /** epoch ms of the histogram's ends */
  from: number;
  to: number;
  interval: { ms: number; label: string };
  /** each bucket's start, ascending: the first at or before `from` (histogramBuckets.ts) */
  starts: number[];
  count: number;
}

/**
 * The buckets of a range, aligned to the wall clock of `timeZone`; "all time" (`from` null)
 * starts at the oldest match, or a day back when nothing matched.
 */
export function histogramFrame(
  range: { from: number | null; to: number },
  oldest: number | null,
  maxBuckets: number,
  timeZone = 'UTC',
): HistogramFrame {
  const from = range.from ?? oldest ?? range.to - DAY;
  const to = Math.max(from, range.to);
  // a zone's 23-hour days or repeated hours may add a bucket or a few: then a coarser interval
  for (let most = maxBuckets; ; most--) {
    const interval = chooseInterval(to - from + 1, most);
    const starts = bucketStarts(from, to, interval.ms, timeZone);
    if (starts.length <= maxBuckets || most <= 2) return { from, to, interval, starts, count: starts.length };
  }
}

/** The bucket of an instant; one outside the frame counts in the nearest bucket. */
export function bucketOf(frame: HistogramFrame, time: number): number {
  return bucketIndex(frame.starts, time);
}

/** The contract's outcome bands as queries, in order: a record is in the first it matches. */
export function outcomeQueries(contract: StreamContract<AuditRecord>): Query[] {
  return contract.outcomes.map((band) => {
    const parsed = parseQuery(band.query, contract.fields);
    // a contract's own query failing to parse is a bug in the contract, not in the request
    if (!parsed.ok) throw new Error(`outcome "${band.key}" of ${contract.name}: ${parsed.error.message}`);
    return parsed.query;
  });
}

/**
 * The histogram of counts per bucket and band: `counts[k][b]`, with one band more than the
 * contract declares for records in none. The "Other" series shows only when it counts some.
 */
export function histogramOf(
  contract: StreamContract<AuditRecord>,
  frame: HistogramFrame,
  counts: readonly (readonly number[])[],
  total: number,
): Histogram {
  const other = contract.outcomes.length;
  const withOther = counts.some((row) => (row[other] ?? 0) > 0);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    from: iso(frame.from),
    to: iso(frame.to),
    interval: frame.interval,
    series: [
      ...contract.outcomes.map(({ key, label, tone, query }) => ({ key, label, tone, query })),
      ...(withOther ? [{ ...OTHER }] : []),
    ],
    buckets: counts.map((row, k) => {
      const start = frame.starts[k] ?? frame.from;
      const end = frame.starts[k + 1] ?? Infinity;
      const shown = withOther ? [...row] : row.slice(0, other);
      return {
        from: iso(Math.max(frame.from, start)),
        to: iso(Math.min(frame.to, end - 1)),
        counts: shown,
        total: shown.reduce((a, b) => a + b, 0),
      };
    }),
    total,
  };
}

/** An empty count per bucket and band (the bands and "Other"). */
export function emptyCounts(contract: StreamContract<AuditRecord>, frame: HistogramFrame): number[][] {
  return Array.from({ length: frame.count }, () => new Array<number>(contract.outcomes.length + 1).fill(0));
}

/**
 * Buckets of the records one search matched, stacked by the stream's outcome bands.
 * `matched` is what the records endpoint pages through, so the total is the grid's total.
 */
export function computeHistogram(
  contract: StreamContract<AuditRecord>,
  matched: readonly AuditRecord[],
  range: { from: number | null; to: number },
  maxBuckets: number,
  timeZone = 'UTC',
): Histogram {
  const times = matched.map((r) => Math.floor(Date.parse(String(r[contract.timeField]))));
  const frame = histogramFrame(range, times.length > 0 ? minimum(times) : null, maxBuckets, timeZone);
  const bands = outcomeQueries(contract).map((q) => compileQuery<AuditRecord>(q, contract.fields));
  const counts = emptyCounts(contract, frame);
  for (let i = 0; i < matched.length; i++) {
    const record = matched[i] as AuditRecord;
    let band = bands.findIndex((matches) => matches(record));
    if (band < 0) band = bands.length;
    const row = counts[bucketOf(frame, times[i] ?? frame.from)];
    if (row) row[band] = (row[band] ?? 0) + 1;
  }
  return histogramOf(contract, frame, counts, matched.length);
}

/** Math.min(...values) overflows the call stack on a million values. */
function minimum(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
