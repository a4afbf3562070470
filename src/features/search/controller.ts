import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { parseQuery, type ParseResult } from '../../api/query';
import { timeZonePreference, type TimeZoneChoice } from '../../lib/preferences';
import { columnPrefsStore, resolveColumns, type ColumnPrefs } from './columnPrefs';
import type { StreamDefinition } from './definition';
import { writeSearchParams, type SearchState } from './searchState';
import { prefetchRecordPages, useRecordPages } from './useRecordPages';
import { recordKeys } from '../../api/records';
import { useSearchState } from './useSearchState';

export type SearchUpdate = (patch: Partial<SearchState>, options?: { replace?: boolean }) => void;

/**
 * One stream page's search, as one object: what the URL asks for (parsed once), the pages of
 * records it found, the columns and zone they show in, and how to change any of it. The page
 * shares it through `SearchContext`, so the features around the grid (export, saved searches,
 * charts, live) read the search instead of taking it as props.
 */
export interface SearchController {
  readonly definition: StreamDefinition;
  readonly state: SearchState;
  /** `state.q` parsed with the stream's fields; the grid runs only a query that parsed */
  readonly parsed: ParseResult;
  /** values in the URL that could not be used, each said once */
  readonly notices: readonly string[];
  readonly update: SearchUpdate;
  readonly zone: TimeZoneChoice;
  readonly columns: {
    readonly prefs: ColumnPrefs;
    readonly setPrefs: (prefs: ColumnPrefs) => void;
    /** every column, in display order */
    readonly order: readonly string[];
    readonly visible: ReadonlySet<string>;
  };
  readonly pages: ReturnType<typeof useRecordPages>;
  /** sort by a column: again reverses it; time starts newest first */
  readonly sortBy: (field: string) => void;
  readonly open: (id: string) => void;
  /**
   * Stops the search waiting for the server: back to the last search whose records were shown
   * (the URL too), or, on a first search, an error saying it was cancelled.
   */
  readonly cancel: () => void;
}

export function useSearchController(definition: StreamDefinition): SearchController {
  const { contract, stream } = definition;
  const queryClient = useQueryClient();
  // a new search's request leaves on Enter, while React renders the change beside it
  const prefetch = useCallback(
    (next: SearchState) => prefetchRecordPages(queryClient, stream, next),
    [queryClient, stream],
  );
  const { state, notices, update } = useSearchState(contract, prefetch);
  const [zone] = timeZonePreference.usePersisted();
  const [prefs, setPrefs] = columnPrefsStore(stream).usePersisted();
  const { order, visible } = useMemo(() => resolveColumns(definition, prefs), [definition, prefs]);
  const parsed = useMemo(() => parseQuery(state.q, contract.fields), [state.q, contract.fields]);
  const found = useRecordPages(stream, parsed.ok ? state : null);
  // while a new search loads, the rows shown are the previous search's: no instant is theirs yet
  const pages = useMemo(() => (found.query.isPlaceholderData ? { ...found, at: null } : found), [found]);

  // the last search whose own records were on screen: what Cancel goes back to
  const shown = useRef<SearchState | null>(null);
  const showsOwnRecords = found.query.isSuccess && !found.query.isPlaceholderData;
  useEffect(() => {
    if (showsOwnRecords) shown.current = state;
  }, [showsOwnRecords, state]);
  const cancel = useCallback(() => {
    const previous = shown.current;
    const pending = { queryKey: recordKeys.all(stream), fetchStatus: 'fetching' } as const;
    // reverted, the query is as before it started; unreverted (nothing to go back to), an error
    void queryClient.cancelQueries(pending, { revert: previous !== null });
    if (previous === null) return;
    const same = (s: SearchState) => writeSearchParams({ ...s, record: null }, contract).toString();
    // pushed, not replaced: Back brings the cancelled query back, so nothing typed is lost
    if (same(previous) !== same(state)) update(previous);
  }, [queryClient, stream, contract, state, update]);

  const { field: sortField, desc: sortDesc } = state.sort;
  const sortBy = useCallback(
    (field: string) => {
      const desc = sortField === field ? !sortDesc : field === contract.timeField;
      update({ sort: { field, desc } });
    },
    [sortField, sortDesc, contract.timeField, update],
  );
  const open = useCallback((id: string) => update({ record: id }), [update]);
  const columns = useMemo(() => ({ prefs, setPrefs, order, visible }), [prefs, setPrefs, order, visible]);

  return { definition, state, parsed, notices, update, zone, columns, pages, sortBy, open, cancel };
}

export const SearchContext = createContext<SearchController | null>(null);

/** The search of the stream page around the caller. */
export function useSearch(): SearchController {
  const search = useContext(SearchContext);
  if (!search) throw new Error('useSearch() needs a stream page around it (SearchContext)');
  return search;
}

/** The columns shown, in order: what an export of "the visible columns" writes. */
export function shownColumns({ columns }: SearchController): string[] {
  return columns.order.filter((field) => columns.visible.has(field));
}
