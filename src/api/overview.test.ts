import { describe, expect, it } from 'vitest';
import { withMockServer } from '../../mocks/testing';
import { OVERVIEW_FIGURES, OVERVIEW_TOP_LISTS } from './overviewFigures';
import { fetchOverview } from './overview';
import { listRecords } from './records';

withMockServer(4000);

const DAY = 86_400_000;

async function totalOf(
  stream: Parameters<typeof listRecords>[0],
  q: string,
  from: string | null,
  to: string,
) {
  return (await listRecords(stream, { q, from: from ?? undefined, to, limit: 1 })).total;
}

describe('GET /audit/overview', () => {
  for (const [name, days] of [
    ['the last 7 days', 7],
    ['all time', null],
  ] as const) {
    it(`gives, for ${name}, figures and list items equal to the totals of the searches they link to`, async () => {
      const to = new Date().toISOString();
      const from = days === null ? undefined : new Date(Date.now() - days * DAY).toISOString();
      const overview = await fetchOverview({ from, to });
      expect(overview.range).toEqual({ from: from ?? null, to });
      expect(overview.figures.map((f) => f.key)).toEqual(OVERVIEW_FIGURES.map((f) => f.key));
      for (const figure of overview.figures) {
        expect(await totalOf(figure.stream, figure.query, overview.range.from, to)).toBe(figure.count);
        if (figure.per)
          expect(await totalOf(figure.stream, figure.per.query, overview.range.from, to)).toBe(
            figure.per.count,
          );
        if (overview.previous && figure.previousCount !== null)
          expect(
            await totalOf(figure.stream, figure.query, overview.previous.from, overview.previous.to),
          ).toBe(figure.previousCount);
      }
      expect(overview.tops.map((t) => t.key)).toEqual(OVERVIEW_TOP_LISTS.map((t) => t.key));
      for (const list of overview.tops) {
        expect(list.items.length).toBeGreaterThan(0);
        for (const item of list.items)
          expect(await totalOf(list.stream, item.query, overview.range.from, to)).toBe(item.count);
        const counts = list.items.map((i) => i.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
      expect(overview.previous === null).toBe(days === null);
    });
  }

  it('compares a range up to a week with the same window a week earlier, or the period before it when asked', async () => {
    const to = new Date().toISOString();
    const from = new Date(Date.parse(to) - DAY).toISOString();
    const weekEarlier = (iso: string) => new Date(Date.parse(iso) - 7 * DAY).toISOString();
    const byDefault = await fetchOverview({ from, to });
    expect(byDefault.previous).toEqual({ from: weekEarlier(from), to: weekEarlier(to), kind: 'week' });
    const figure = byDefault.figures[0];
    if (!figure) throw new Error('no figure');
    expect(await totalOf(figure.stream, figure.query, weekEarlier(from), weekEarlier(to))).toBe(
      figure.previousCount,
    );

    const previous = await fetchOverview({ from, to, compare: 'previous' });
    expect(previous.previous).toEqual({
      from: new Date(Date.parse(from) - DAY - 1).toISOString(),
      to: new Date(Date.parse(from) - 1).toISOString(),
      kind: 'previous',
    });
  });

  it('compares a range longer than a week with the period before it', async () => {
    const to = new Date().toISOString();
    const from = new Date(Date.parse(to) - 30 * DAY).toISOString();
    const overview = await fetchOverview({ from, to });
    expect(overview.previous?.kind).toBe('previous');
    expect(overview.previous?.to).toBe(new Date(Date.parse(from) - 1).toISOString());
  });

  it('refuses a comparison it does not know, naming the parameter', async () => {
    await expect(
      fetchOverview({ from: 'now-24h', to: 'now', compare: 'yesterday' as unknown as 'week' }),
    ).rejects.toThrow(/compare/);
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(fetchOverview({ from: '2026-11-20T00:00:00Z', to: '2026-11-19T00:00:00Z' })).rejects.toThrow(
      /from/,
    );
  });
});
