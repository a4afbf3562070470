import type { HistogramParams } from '../../api/schemas/histogram';
import { toRecordsParams, type SearchState } from './searchState';
import { pinnedSearch } from './useRecordPages';

/** The histogram of exactly the grid's search: same query, same instants, so the same total. */
export function histogramParams(search: SearchState, at: number): HistogramParams {
  const { q, from, to } = toRecordsParams(pinnedSearch(search, at), at);
  return { q, from, to };
}

/** Both queries at once: the language ANDs juxtaposed terms, and OR binds tighter. */
export function joinQueries(a: string, b: string): string {
  return [a.trim(), b.trim()].filter((part) => part !== '').join(' ');
}
