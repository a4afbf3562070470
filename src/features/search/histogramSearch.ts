import { andQueryTexts } from '../../api/query';
import type { HistogramParams } from '../../api/schemas/histogram';
import type { TimeZoneChoice } from '../../lib/preferences';
import { timeZoneOf } from '../../lib/time';
import { toRecordsParams, type SearchState } from './searchState';
import { pinnedSearch } from './useRecordPages';

/**
 * The histogram of exactly the grid's search: same query, same instants, so the same total;
 * its buckets on the wall clock shown (local midnights, local hours).
 */
export function histogramParams(search: SearchState, at: number, zone: TimeZoneChoice): HistogramParams {
  const { q, from, to } = toRecordsParams(pinnedSearch(search, at), at);
  const tz = timeZoneOf(zone);
  return tz === 'UTC' ? { q, from, to } : { q, from, to, tz };
}

/** Both queries at once. */
export function joinQueries(a: string, b: string): string {
  return andQueryTexts(a, b);
}
