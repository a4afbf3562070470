import { describe, expect, it } from 'vitest';
import type { Histogram } from '../../api/schemas/histogram';
import { combine, type StreamOutcomes } from './useEntityHistogram';

const bucket = (from: string, counts: number[]) => ({
  from,
  to: from.replace(':00.000Z', ':59.999Z'),
  counts,
  total: counts.reduce((a, b) => a + b, 0),
});

function outcomes(stream: StreamOutcomes['stream'], buckets: Histogram['buckets']): StreamOutcomes {
  const histogram: Histogram = {
    from: '2026-11-01T00:00:00.000Z',
    to: '2026-11-01T01:59:59.999Z',
    interval: { ms: 3_600_000, label: '1 hour' },
    series: [{ key: 'a', label: 'A', tone: 'success', query: 'x:1' }],
    buckets,
    total: buckets.reduce((sum, b) => sum + b.total, 0),
  };
  return { stream, query: `q-${stream}`, histogram, bands: [] };
}

describe('combine', () => {
  it("stacks each stream's bucket totals, its series opening that stream's search", () => {
    const combined = combine([
      outcomes('authentication', [
        bucket('2026-11-01T00:00:00.000Z', [2, 1]),
        bucket('2026-11-01T01:00:00.000Z', [0, 0]),
      ]),
      outcomes('activity', [
        bucket('2026-11-01T00:00:00.000Z', [4]),
        bucket('2026-11-01T01:00:00.000Z', [5]),
      ]),
    ]);
    expect(combined?.series.map((s) => [s.label, s.query])).toEqual([
      ['Authentication', 'q-authentication'],
      ['Activity', 'q-activity'],
    ]);
    expect(combined?.buckets.map((b) => [b.counts, b.total])).toEqual([
      [[3, 4], 7],
      [[0, 5], 5],
    ]);
    expect(combined?.total).toBe(12);
  });

  it('refuses buckets that do not line up rather than add unlike hours', () => {
    expect(
      combine([
        outcomes('access', [bucket('2026-11-01T00:00:00.000Z', [1])]),
        outcomes('activity', [bucket('2026-11-01T01:00:00.000Z', [1])]),
      ]),
    ).toBeNull();
    expect(combine([])).toBeNull();
  });
});
