import {
  OVERVIEW_FIGURES,
  OVERVIEW_TOP_LISTS,
  TOP_LIST_LENGTH,
  type TopListDefinition,
} from '../../src/api/overviewFigures';
import type { Comparison, Overview } from '../../src/api/schemas/overview';
import type { StreamName } from '../../src/api/streams';
import { andQueryTexts, printTerm } from '../../src/api/query';
import type { ValueCount } from './types';

/** The searches of the overview, in a range of ISO bounds (inclusive), as the records endpoint runs them. */
export interface OverviewSearches {
  count(stream: StreamName, q: string, from: string | undefined, to: string): Promise<number>;
  topValues(
    stream: StreamName,
    q: string,
    from: string | undefined,
    to: string,
    field: string,
    limit: number,
  ): Promise<ValueCount[]>;
}

interface Range {
  from: number | null;
  to: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
export const WEEK_MS = 7 * 86_400_000;

/**
 * What a range is compared with: the same window a week earlier (ranges up to a week, as asked
 * by default), else the period as long just before it; "all time" has nothing to compare with.
 */
export function comparisonRange(
  range: Range,
  compare: Comparison = 'week',
): { from: number; to: number; kind: Comparison } | null {
  if (range.from === null) return null;
  const length = range.to - range.from + 1;
  if (compare === 'week' && length <= WEEK_MS)
    return { from: range.from - WEEK_MS, to: range.to - WEEK_MS, kind: 'week' };
  return { from: range.from - length, to: range.from - 1, kind: 'previous' };
}

function itemQuery(list: TopListDefinition, value: string): string {
  return andQueryTexts(printTerm({ kind: 'field', field: list.field, op: 'eq', value }), list.query);
}

/**
 * Every figure and list of the overview, each counted with the search its link opens. The
 * searches run one after another, in the order of the figures: they share the store's cache
 * of recent results.
 */
export async function computeOverview(
  search: OverviewSearches,
  range: Range,
  compare?: Comparison,
): Promise<Overview> {
  const previous = comparisonRange(range, compare);
  const from = range.from === null ? undefined : iso(range.from);
  const to = iso(range.to);
  const count = (stream: StreamName, q: string) => search.count(stream, q, from, to);
  const before = async (stream: StreamName, q: string) =>
    previous ? search.count(stream, q, iso(previous.from), iso(previous.to)) : null;
  const figures: Overview['figures'] = [];
  for (const f of OVERVIEW_FIGURES) {
    const current = await count(f.stream, f.query);
    const previousCount = await before(f.stream, f.query);
    const per =
      f.per === undefined
        ? null
        : { query: f.per, count: await count(f.stream, f.per), previousCount: await before(f.stream, f.per) };
    figures.push({
      key: f.key,
      label: f.label,
      description: f.description,
      stream: f.stream,
      query: f.query,
      count: current,
      previousCount,
      per,
      moreIsWorse: f.moreIsWorse,
    });
  }
  const tops: Overview['tops'] = [];
  for (const list of OVERVIEW_TOP_LISTS) {
    const items = await search.topValues(list.stream, list.query, from, to, list.field, TOP_LIST_LENGTH);
    tops.push({
      key: list.key,
      label: list.label,
      stream: list.stream,
      field: list.field,
      unit: list.unit,
      items: items.map((item) => ({ ...item, query: itemQuery(list, item.value) })),
    });
  }
  return {
    range: { from: from ?? null, to },
    previous: previous && { from: iso(previous.from), to: iso(previous.to), kind: previous.kind },
    figures,
    tops,
  };
}
