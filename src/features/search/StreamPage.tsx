import { memo, useCallback, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Snackbar, Stack, Typography } from '@mui/material';
import LinkIcon from '@mui/icons-material/Link';
import RefreshIcon from '@mui/icons-material/Refresh';
import { timeZonePreference } from '../../lib/preferences';
import { copyText } from '../../lib/clipboard';
import { usePageTitle } from '../../lib/usePageTitle';
import { ExportButton } from '../export/ExportButton';
import { LiveControls, NewRecordsNotice } from '../live/LiveControls';
import { useLiveGrid } from '../live/useLiveGrid';
import { SavedSearchesButton } from '../savedSearches/SavedSearchesButton';
import { ColumnsMenu } from './ColumnsMenu';
import { columnPrefsStore, resolveColumns } from './columnPrefs';
import type { StreamDefinition } from './definition';
import { parseQuery, printQuery } from '../../api/query';
import { RecordDrawer, type ValueAction } from './RecordDrawer';
import { EmptyState, ErrorState, LoadingState } from '../../components/ResultStates';
import { ResultsGrid } from './ResultsGrid';
import { SearchBar } from './SearchBar';
import type { SearchState } from './searchState';
import { SearchHistogram } from './SearchHistogram';
import { TimeRangePicker } from './TimeRangePicker';
import { prefetchRecordPages, useRecordPages } from './useRecordPages';
import { useSearchState } from './useSearchState';
import { formatCount } from '../../api/formatCount';

// MUI's Autocomplete is costly to render: the box renders again only when its own props change
const MemoSearchBar = memo(SearchBar);

/** One stream's search: the same page for every stream, driven by its definition. */
export function StreamPage({ definition }: { definition: StreamDefinition }) {
  const { contract, stream } = definition;
  usePageTitle(definition.title);
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
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);

  const parsed = useMemo(() => parseQuery(state.q, contract.fields), [state.q, contract.fields]);
  const pages = useRecordPages(stream, parsed.ok ? state : null);
  const { query } = pages;
  const at = query.isPlaceholderData ? null : pages.at;
  const refetch = () => void query.refetch();
  const live = useLiveGrid({ ...pages, at, stream, contract, state, update, refetch, runnable: parsed.ok });
  const { rows, total } = live;

  const onSubmit = useCallback((q: string) => update({ q, record: null }), [update]);
  const onOpen = useCallback((id: string) => update({ record: id }), [update]);
  const { field: sortField, desc: sortDesc } = state.sort;
  const onSort = useCallback(
    (field: string) => {
      const desc = sortField === field ? !sortDesc : field === contract.timeField;
      update({ sort: { field, desc } });
    },
    [sortField, sortDesc, contract.timeField, update],
  );

  const onAction = (action: ValueAction) => {
    if (action.kind === 'pivot') {
      const term = {
        kind: 'field',
        field: action.field,
        op: 'eq',
        value: action.value,
        negate: false,
      } as const;
      update({ q: printQuery({ conjuncts: [{ terms: [term] }] }), from: null, to: null, record: null });
      return;
    }
    const term = {
      kind: 'field',
      field: action.field,
      op: 'eq',
      value: action.value,
      negate: action.kind === 'exclude',
    } as const;
    const current = parsed.ok ? parsed.query.conjuncts : [];
    update({ q: printQuery({ conjuncts: [...current, { terms: [term] }] }), record: null });
  };

  const searching = state.q !== '' || state.from !== null || state.to !== null;
  const shownNotices = notices.filter((n) => !dismissed.includes(n));

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, p: 2, gap: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h5" component="h1">
            {definition.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {definition.description}
          </Typography>
        </Box>
        <Button
          startIcon={<LinkIcon />}
          onClick={async () =>
            setMessage((await copyText(window.location.href)) ? 'Link copied' : 'Could not copy the link')
          }
        >
          Copy link
        </Button>
      </Stack>

      {shownNotices.map((notice) => (
        <Alert key={notice} severity="warning" onClose={() => setDismissed([...dismissed, notice])}>
          {notice}
        </Alert>
      ))}

      <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <MemoSearchBar stream={stream} fields={contract.fields} q={state.q} onSubmit={onSubmit} />
        <TimeRangePicker from={state.from} to={state.to} zone={zone} onChange={(range) => update(range)} />
      </Stack>

      {parsed.ok && (
        <SearchHistogram {...{ stream, contract, state, update, at, zone }} until={live.shownUntil} />
      )}

      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography
          role="status"
          aria-live="polite"
          // which search the shown count belongs to: lets tests wait for a render, not a URL
          data-search={`${state.q}|${query.isPlaceholderData || query.isFetching ? 'pending' : 'done'}`}
          sx={{ flex: 1 }}
        >
          {total === null
            ? ' '
            : `${formatCount(total)} record${total === 1 ? '' : 's'}${rows.length < total ? ` · ${formatCount(rows.length)} loaded` : ''}`}
        </Typography>
        <LiveControls {...live.controls} />
        <Button size="small" startIcon={<RefreshIcon />} onClick={() => void query.refetch()}>
          Refresh
        </Button>
        <SavedSearchesButton definition={definition} search={state} />
        <ColumnsMenu
          definition={definition}
          prefs={prefs}
          setPrefs={setPrefs}
          order={order}
          visible={visible}
        />
        <ExportButton
          definition={definition}
          search={state}
          visibleColumns={order.filter((f) => visible.has(f))}
          zone={zone}
          total={query.isPlaceholderData ? null : total}
        />
      </Stack>

      <Box
        sx={{
          flex: 1,
          minHeight: 240,
          display: 'flex',
          flexDirection: 'column',
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          bgcolor: 'background.paper',
          position: 'relative',
        }}
      >
        {!parsed.ok ? (
          <Alert severity="error" sx={{ m: 2 }}>
            The query in the link can't be run: {parsed.error.message}
          </Alert>
        ) : query.isError && rows.length === 0 ? (
          <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
        ) : query.isPending ? (
          <LoadingState />
        ) : total === 0 ? (
          <EmptyState
            searching={searching}
            onClear={() => update({ q: '' })}
            onAllTime={() => update({ from: null, to: null })}
          />
        ) : (
          <>
            {query.isError && (
              <ErrorState message={query.error.message} onRetry={() => void query.refetch()} />
            )}
            {query.isFetching && !query.isFetchingNextPage && (
              <Box role="status" sx={{ position: 'absolute', right: 12, bottom: 8, zIndex: 3, fontSize: 12 }}>
                Updating…
              </Box>
            )}
            <ResultsGrid
              definition={definition}
              rows={rows}
              total={total ?? 0}
              sort={state.sort}
              onSort={onSort}
              onOpen={onOpen}
              selectedId={state.record}
              order={order}
              visible={visible}
              prefs={prefs}
              setPrefs={setPrefs}
              zone={zone}
              hasNextPage={query.hasNextPage && !query.isError}
              fetchingNextPage={query.isFetchingNextPage}
              fetchNextPage={() => void query.fetchNextPage()}
              busy={query.isFetching}
              {...live.gridProps}
            />
            {live.notice && <NewRecordsNotice {...live.notice} />}
          </>
        )}
      </Box>

      <RecordDrawer
        definition={definition}
        id={state.record}
        initial={rows.find((r) => r.id === state.record)}
        zone={zone}
        onClose={() => update({ record: null })}
        onAction={onAction}
      />
      <Snackbar
        open={message !== null}
        autoHideDuration={2500}
        onClose={() => setMessage(null)}
        message={message}
      />
    </Box>
  );
}
