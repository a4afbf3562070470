import { parseTimeBound } from '../../api/timeBounds';

/** The page's range as its URL holds it: no `from` is all time, no `to` is now. */
export interface EntityRange {
  from: string | null;
  to: string | null;
  notice: string | null;
}

export function readEntityRange(params: URLSearchParams, now = Date.now()): EntityRange {
  const from = params.get('from');
  const to = params.get('to');
  const fromMs = from === null ? null : parseTimeBound(from, now);
  const toMs = to === null ? now : parseTimeBound(to, now);
  const valid = (from === null || fromMs !== null) && toMs !== null && (fromMs === null || fromMs <= toMs);
  if (!valid)
    return { from: null, to: null, notice: 'The time range in the link was not valid; showing all time.' };
  return { from, to, notice: null };
}

export function writeEntityRange(range: { from: string | null; to: string | null }): URLSearchParams {
  const params = new URLSearchParams();
  if (range.from) params.set('from', range.from);
  if (range.to) params.set('to', range.to);
  return params;
}

/**
 * The range as instants, fixed when the page reads it: every count, list and link of the page
 * then covers the same records, and a grid a link opens shows the count as its total.
 */
export function pinRange(range: { from: string | null; to: string | null }, now: number) {
  const pin = (bound: string) => {
    const ms = parseTimeBound(bound, now);
    return ms === null ? bound : new Date(ms).toISOString();
  };
  return {
    from: range.from === null ? undefined : pin(range.from),
    to: pin(range.to ?? new Date(now).toISOString()),
  };
}
export type PinnedRange = ReturnType<typeof pinRange>;
