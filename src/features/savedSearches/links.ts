import type { SavedQuery } from '../../api/schemas/savedSearches';
import type { AuditRecord, StreamContract, StreamName } from '../../api/streams';
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
    sort: { field: saved.sort.replace(/^-/, ''), desc: saved.sort.startsWith('-') },
  };
  const params = writeSearchParams(state, contract).toString();
  return `/audit/${stream}${params ? `?${params}` : ''}`;
}

/** A link anyone with access can open: the search itself, not a reference to the saved copy. */
export const shareLink = (path: string) => new URL(path, window.location.origin).href;

export function describeSaved(saved: SavedQuery): string {
  const range =
    saved.from === null ? 'all time' : saved.to ? `${saved.from} to ${saved.to}` : `since ${saved.from}`;
  return `${saved.q || 'everything'} · ${range} · sorted by ${saved.sort.replace(/^-/, '')}${saved.sort.startsWith('-') ? ' (descending)' : ''}`;
}
