import {
  OVERVIEW_FIGURES,
  OVERVIEW_TOP_LISTS,
  TOP_LIST_LENGTH,
  type TopListDefinition,
} from '../../src/api/overviewFigures';
import type { Overview } from '../../src/api/schemas/overview';
import type { AuditRecord, StreamName } from '../../src/api/streams';
import { printTerm } from '../../src/api/query';

/** The records of one search in a range (ISO bounds, inclusive), as the records endpoint finds them. */
export type Search = (stream: StreamName, q: string, from: string | undefined, to: string) => AuditRecord[];

interface Range {
  from: number | null;
  to: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** As long as the range, just before it; "all time" has none. */
export function previousPeriod(range: Range): { from: number; to: number } | null {
  if (range.from === null) return null;
  const length = range.to - range.from + 1;
  return { from: range.from - length, to: range.from - 1 };
}

/** Primitive values as text; lists and objects are not something to rank. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/**
 * The most frequent values of a field among the records, grouped case-insensitively as the
 * query `field:value` matches them, so each item's search finds exactly its count.
 */
export function topValues(
  records: readonly AuditRecord[],
  field: string,
  limit: number,
): { value: string; count: number }[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const record of records) {
    const value = text(record[field]);
    if (value === null) continue;
    const key = value.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { count: 0, spellings: new Map() };
      groups.set(key, group);
    }
    group.count++;
    group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      // shown as it is most often written
      let best = key;
      let most = 0;
      for (const [spelling, n] of g.spellings) if (n > most) [best, most] = [spelling, n];
      return { value: best, count: g.count };
    })
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

function itemQuery(list: TopListDefinition, value: string): string {
  const term = printTerm({ kind: 'field', field: list.field, op: 'eq', value, negate: false });
  return list.query === '' ? term : `${term} ${list.query}`;
}

/** Every figure and list of the overview, each counted with the search its link opens. */
export function computeOverview(search: Search, range: Range): Overview {
  const previous = previousPeriod(range);
  const from = range.from === null ? undefined : iso(range.from);
  const to = iso(range.to);
  const count = (stream: StreamName, q: string) => search(stream, q, from, to).length;
  const before = (stream: StreamName, q: string) =>
    previous ? search(stream, q, iso(previous.from), iso(previous.to)).length : null;
  return {
    range: { from: from ?? null, to },
    previous: previous && { from: iso(previous.from), to: iso(previous.to) },
    figures: OVERVIEW_FIGURES.map((f) => ({
      key: f.key,
      label: f.label,
      description: f.description,
      stream: f.stream,
      query: f.query,
      count: count(f.stream, f.query),
      previousCount: before(f.stream, f.query),
      per:
        f.per === undefined
          ? null
          : { query: f.per, count: count(f.stream, f.per), previousCount: before(f.stream, f.per) },
      moreIsWorse: f.moreIsWorse,
    })),
    tops: OVERVIEW_TOP_LISTS.map((list) => ({
      key: list.key,
      label: list.label,
      stream: list.stream,
      field: list.field,
      unit: list.unit,
      items: topValues(search(list.stream, list.query, from, to), list.field, TOP_LIST_LENGTH).map(
        (item) => ({ ...item, query: itemQuery(list, item.value) }),
      ),
    })),
  };
}
