import { chooseInterval } from '../../src/api/histogramIntervals';
import type { Histogram } from '../../src/api/schemas/histogram';
import type { AuditRecord, StreamContract } from '../../src/api/streams';
import { compileQuery, parseQuery } from '../../src/api/query';

/** Records in no declared band still count, so the stacks always add up to the total. */
const OTHER = { key: 'unclassified', label: 'Other', tone: 'neutral', query: '' } as const;
const DAY = 86_400_000;

/**
 * Buckets of the records one search matched, stacked by the stream's outcome bands.
 * `matched` is what the records endpoint pages through, so the total is the grid's total.
 */
export function computeHistogram(
  contract: StreamContract<AuditRecord>,
  matched: readonly AuditRecord[],
  range: { from: number | null; to: number },
  maxBuckets: number,
): Histogram {
  const times = matched.map((r) => Math.floor(Date.parse(String(r[contract.timeField]))));
  // "all time" starts at the oldest match (or a day back when nothing matched)
  const from = range.from ?? (times.length > 0 ? minimum(times) : range.to - DAY);
  const to = Math.max(from, range.to);
  const interval = chooseInterval(to - from + 1, maxBuckets);
  const first = Math.floor(from / interval.ms) * interval.ms;
  const count = Math.floor((to - first) / interval.ms) + 1;

  const bands = contract.outcomes.map((band) => {
    const parsed = parseQuery(band.query, contract.fields);
    // a contract's own query failing to parse is a bug in the contract, not in the request
    if (!parsed.ok) throw new Error(`outcome "${band.key}" of ${contract.name}: ${parsed.error.message}`);
    return compileQuery<AuditRecord>(parsed.query, contract.fields);
  });
  const other = bands.length;
  const counts = Array.from({ length: count }, () => new Array<number>(bands.length + 1).fill(0));
  for (let i = 0; i < matched.length; i++) {
    const record = matched[i] as AuditRecord;
    const k = Math.floor(((times[i] ?? from) - first) / interval.ms);
    let band = bands.findIndex((matches) => matches(record));
    if (band < 0) band = other;
    const row = counts[Math.max(0, Math.min(count - 1, k))];
    if (row) row[band] = (row[band] ?? 0) + 1;
  }
  const withOther = counts.some((row) => (row[other] ?? 0) > 0);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    from: iso(from),
    to: iso(to),
    interval,
    series: [
      ...contract.outcomes.map(({ key, label, tone, query }) => ({ key, label, tone, query })),
      ...(withOther ? [{ ...OTHER }] : []),
    ],
    buckets: counts.map((row, k) => {
      const start = first + k * interval.ms;
      const shown = withOther ? row : row.slice(0, other);
      return {
        from: iso(Math.max(from, start)),
        to: iso(Math.min(to, start + interval.ms - 1)),
        counts: shown,
        total: shown.reduce((a, b) => a + b, 0),
      };
    }),
    total: matched.length,
  };
}

/** Math.min(...values) overflows the call stack on a million values. */
function minimum(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}
