import { z } from 'zod';
import { comparisons, type Comparison } from '../../../api/schemas/overview';
import { parseTimeBound } from '../../../api/timeBounds';
import type { StreamName } from '../../../api/streams';
import { ALL_TIME, hrefs } from '../../../lib/links';
import { DEFAULT_FROM } from '../../search/searchState';

/** The overview's range as its URL holds it, with the grids' conventions (`from=all`, default last 24 hours). */
export function readRange(params: URLSearchParams, now = Date.now()) {
  const from = params.get('from');
  const to = params.get('to');
  const fromMs = from === null || from === ALL_TIME ? null : parseTimeBound(from, now);
  const toMs = to === null ? now : parseTimeBound(to, now);
  const valid =
    (from === null || from === ALL_TIME || fromMs !== null) &&
    toMs !== null &&
    (fromMs === null || fromMs <= toMs);
  if (!valid)
    return {
      from: DEFAULT_FROM,
      to: null,
      notice: 'The time range in the link was not valid; showing the last 24 hours.',
    };
  return { from: from === ALL_TIME ? null : (from ?? DEFAULT_FROM), to, notice: null };
}

export function writeRange(
  range: { from: string | null; to: string | null },
  compare: Comparison = 'week',
): URLSearchParams {
  const params = new URLSearchParams();
  if (range.from !== DEFAULT_FROM) params.set('from', range.from ?? ALL_TIME);
  if (range.to) params.set('to', range.to);
  if (compare !== 'week') params.set('compare', compare);
  return params;
}

/** What the figures are compared with, as the URL holds it (`compare=previous`; a week earlier by default). */
export function readComparison(params: URLSearchParams): { compare: Comparison; notice: string | null } {
  const value = params.get('compare');
  if (value === null) return { compare: 'week', notice: null };
  const parsed = z.enum(comparisons).safeParse(value);
  if (parsed.success) return { compare: parsed.data, notice: null };
  return {
    compare: 'week',
    notice: `The comparison “${value}” in the link is not one of ${comparisons.join(', ')}; comparing with the same window a week earlier.`,
  };
}

/** How the cards name what they are compared with. */
export const COMPARED_WITH: Readonly<Record<Comparison, string>> = {
  week: 'vs a week earlier',
  previous: 'vs previous period',
};

/** A relative bound as the instant it means now; an ISO bound stays as it is. */
export function pinBound(bound: string): string {
  const ms = parseTimeBound(bound, Date.now());
  return ms === null ? bound : new Date(ms).toISOString();
}

/** The grid of one search over exactly the instants the overview counted. */
export function gridHref(stream: StreamName, q: string, range: { from: string | null; to: string }): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  params.set('from', range.from ?? ALL_TIME);
  params.set('to', range.to);
  return hrefs.stream(stream, params);
}

const WEEK_MS = 7 * 86_400_000;

/** A range a week earlier can be compared with: one that starts somewhere and lasts at most a week. */
export function comparable(range: { from: string | null; to: string }): boolean {
  if (range.from === null) return false;
  return Date.parse(range.to) - Date.parse(range.from) + 1 <= WEEK_MS;
}
