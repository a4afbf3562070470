import { andQueryTexts } from '../../api/query';
import type { HistogramParams } from '../../api/schemas/histogram';
import { toRecordsParams, type SearchState } from './searchState';
import { pinnedSearch } from './useRecordPages';

/** The histogram of exactly the grid's search: same query, same instants, so the same total. */
export function histogramParams(search: SearchState, at: number): HistogramParams {
  const { q, from, to } = toRecordsParams(pinnedSearch(search, at), at);
  return { q, from, to };
}

/** Both queries at once. */
export function joinQueries(a: string, b: string): string {
  return andQueryTexts(a, b);
}
