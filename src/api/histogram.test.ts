import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withMockServer } from '../../mocks/testing';
import { fetchHistogram } from './histogram';
import { listRecords } from './records';
import { streamContracts, streamNames, type StreamName } from './streams';

withMockServer(3000);

const DAY = 86_400_000;

/** Queries each stream's data really answers, mixed with bands, negations and free text. */
const QUERIES: Record<StreamName, readonly string[]> = {
  authentication: ['', 'stage:mfa', '-event:success', 'stage:password OR stage:mfa', 'chrome', 'email:a*'],
  authorisation: ['', 'allowed:false', 'method:GET', '-method:GET path:/api*', 'admin'],
  access: ['', 'response_code:>=400', 'method:POST', 'response_code:<300 -method:GET', 'duration:>100'],
  activity: ['', 'status:failed', 'controller:users', '-action:update', 'entity:device OR entity:user'],
};

const searches = fc.record({
  stream: fc.constantFrom(...streamNames),
  pick: fc.nat(),
  // ranges anywhere in the 30 days of data, from minutes to weeks, or relative ones
  range: fc.oneof(
    fc
      .record({
        start: fc.integer({ min: 0, max: 31 * DAY }),
        span: fc.integer({ min: 60_000, max: 20 * DAY }),
      })
      .map(({ start, span }) => {
        const to = Date.now() - start;
        return { from: new Date(to - span).toISOString(), to: new Date(to).toISOString() };
      }),
    fc.constantFrom(
      { from: 'now-24h', to: undefined },
      { from: 'now-7d', to: undefined },
      { from: undefined, to: undefined },
    ),
  ),
});

describe('GET /audit/{stream}/histogram', () => {
  it('adds up to the total the records endpoint gives for the same search', async () => {
    await fc.assert(
      fc.asyncProperty(searches, async ({ stream, pick, range }) => {
        const q = QUERIES[stream][pick % QUERIES[stream].length];
        // relative bounds pinned once, as the grid does, so both requests mean the same instants
        const now = Date.now();
        const iso = (b: string | undefined) =>
          b === undefined
            ? undefined
            : b.startsWith('now-')
              ? new Date(now - Number(b.slice(4, -1)) * (b.endsWith('d') ? DAY : 3_600_000)).toISOString()
              : b;
        const params = { q, from: iso(range.from), to: iso(range.to) ?? new Date(now).toISOString() };
        const [histogram, page] = await Promise.all([
          fetchHistogram(stream, params),
          listRecords(stream, { ...params, limit: 1 }),
        ]);
        const sum = histogram.buckets.reduce((a, b) => a + b.counts.reduce((x, y) => x + y, 0), 0);
        expect(histogram.total).toBe(page.total);
        expect(sum).toBe(page.total);
        for (const bucket of histogram.buckets) {
          expect(bucket.counts).toHaveLength(histogram.series.length);
          expect(bucket.total).toBe(bucket.counts.reduce((a, b) => a + b, 0));
        }
        expect(histogram.buckets.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 40 },
    );
  });

  it('counts in each bucket and band exactly what the grid shows for that bucket and band', async () => {
    const stream = 'access';
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 3 * DAY).toISOString();
    const histogram = await fetchHistogram(stream, { from, to });
    expect(histogram.series.map((s) => s.key)).toEqual(streamContracts.access.outcomes.map((o) => o.key));
    const busiest = histogram.buckets.reduce((a, b) => (b.total > a.total ? b : a));
    const page = await listRecords(stream, { from: busiest.from, to: busiest.to, limit: 1 });
    expect(page.total).toBe(busiest.total);
    for (const [i, series] of histogram.series.entries()) {
      const band = await listRecords(stream, {
        q: series.query,
        from: busiest.from,
        to: busiest.to,
        limit: 1,
      });
      expect(band.total).toBe(busiest.counts[i]);
    }
  });

  it('in a zone, starts days at its local midnights and hours on its local hours, counting the same records', async () => {
    const to = new Date().toISOString();
    const from = new Date(Date.now() - 20 * DAY).toISOString();
    const utc = await fetchHistogram('access', { from, to, buckets: 30 });
    for (const [tz, minutes] of [
      ['Asia/Kolkata', 18 * 60 + 30],
      ['Pacific/Kiritimati', 10 * 60],
      ['Etc/GMT+12', 12 * 60],
    ] as const) {
      const local = await fetchHistogram('access', { from, to, buckets: 30, tz });
      expect(local.interval.label).toBe('1 day');
      // every bucket but the first (clipped to `from`) starts at a local midnight
      for (const bucket of local.buckets.slice(1)) {
        const start = new Date(bucket.from);
        expect(start.getUTCHours() * 60 + start.getUTCMinutes(), `${tz} ${bucket.from}`).toBe(minutes);
      }
      expect(local.total).toBe(utc.total);
      expect(local.buckets.reduce((n, b) => n + b.total, 0)).toBe(utc.total);
    }
    const hours = await fetchHistogram('access', {
      from: new Date(Date.now() - DAY).toISOString(),
      to,
      buckets: 30,
      tz: 'Asia/Kolkata',
    });
    expect(hours.interval.label).toBe('1 hour');
    expect(new Set(hours.buckets.slice(1).map((b) => new Date(b.from).getUTCMinutes()))).toEqual(
      new Set([30]),
    );
  });

  it('refuses a time zone it does not know, naming tz', async () => {
    await expect(fetchHistogram('access', { tz: 'Mars/Olympus' })).rejects.toThrow(/tz/);
  });

  it('refuses a bad bucket count naming the parameter', async () => {
    await expect(fetchHistogram('access', { buckets: 2 })).rejects.toThrow(/buckets/);
  });
});
