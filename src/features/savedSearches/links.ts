import type { SavedQuery } from '../../api/schemas/savedSearches';
import { parseSort } from '../../api/sort';
import type { AuditRecord, StreamContract, StreamName } from '../../api/streams';
import { hrefs } from '../../lib/links';
import { defaultSearchState, printSort, writeSearchParams, type SearchState } from '../search/searchState';

/** What a saved search keeps of the search on screen: query, range and sort (not the open record). */
export function savedQueryOf(state: SearchState): SavedQuery {
  return { q: state.q, from: state.from, to: state.to, sort: printSort(state.sort) };
}

/** The app path that shows a saved search, written the way the grid writes its own URL. */
export function searchPath(
  stream: StreamName,
  contract: StreamContract<AuditRecord>,
  saved: SavedQuery,
): string {
  const state: SearchState = {
    ...defaultSearchState(contract),
    q: saved.q,
    from: saved.from,
    to: saved.to,
    sort: parseSort(saved.sort),
  };
  return hrefs.stream(stream, writeSearchParams(state, contract));
}

/** A link anyone with access can open: the search itself, not a reference to the saved copy. */
export const shareLink = (path: string) => new URL(path, window.location.origin).href;

export function describeSaved(saved: SavedQuery): string {
  const range =
    saved.from === null ? 'all time' : saved.to ? `${saved.from} to ${saved.to}` : `since ${saved.from}`;
  const sort = parseSort(saved.sort);
  return `${saved.q || 'everything'} · ${range} · sorted by ${sort.field}${sort.desc ? ' (descending)' : ''}`;
}
