import { memo, useCallback, useRef, useState } from 'react';
import { Alert, Box, Button, IconButton, Snackbar, Stack, Typography } from '@mui/material';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import LinkIcon from '@mui/icons-material/Link';
import RefreshIcon from '@mui/icons-material/Refresh';
import { formatCount } from '../../api/formatCount';
import { printQuery, type Expr } from '../../api/query';
import { EmptyState, ErrorState, LoadingState } from '../../components/ResultStates';
import { copyText } from '../../lib/clipboard';
import { usePageTitle } from '../../lib/usePageTitle';
import { useEventCatalogue } from '../catalogue/useEventCatalogue';
import { SearchHistogram } from '../charts/SearchHistogram';
import { ExportButton } from '../export/ExportButton';
import { LiveControls, NewRecordsNotice } from '../live/LiveControls';
import { useLiveGrid } from '../live/useLiveGrid';
import { SavedSearchesButton } from '../savedSearches/SavedSearchesButton';
import { ColumnsMenu } from '../search/ColumnsMenu';
import { SearchContext, useSearchController } from '../search/controller';
import type { StreamDefinition } from '../search/definition';
import { RecordDrawer, type ValueAction } from '../search/RecordDrawer';
import { ResultsGrid, type GridHandle } from '../search/ResultsGrid';
import { SearchBar } from '../search/SearchBar';
import { searchError } from '../search/searchError';
import { SearchProgress } from '../search/SearchProgress';
import { SIDE_PANEL_WIDTH, useSidePanel } from '../search/sidePanel';
import { ShortcutsDialog } from '../search/ShortcutsDialog';
import { usePageShortcuts } from '../search/usePageShortcuts';
import { useRecordStepper } from '../search/useRecordStepper';
import { TimeRangePicker } from '../search/TimeRangePicker';

// MUI's Autocomplete is costly to render: the box renders again only when its own props change
const MemoSearchBar = memo(SearchBar);

/**
 * One stream's page: the engine's search (grid, drawer, search box, range) composed with the
 * features around it (histogram, live tail, saved searches, export, the event catalogue), which
 * read the search from SearchContext.
 */
export function StreamPage({ definition }: { definition: StreamDefinition }) {
  const { contract, stream } = definition;
  usePageTitle(definition.title);
  const search = useSearchController(definition);
  const { state, notices, update, parsed, zone } = search;
  const { query } = search.pages;
  const live = useLiveGrid(search);
  const { rows, total } = live;
  const describe = useEventCatalogue(definition.columns.some((c) => c.eventType));
  const [message, setMessage] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const onSubmit = useCallback((q: string) => update({ q, record: null }), [update]);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const pageRef = useRef<HTMLDivElement>(null);
  usePageShortcuts(useCallback(() => pageRef.current, []));
  const gridRef = useRef<GridHandle>(null);
  const toResults = useCallback(() => gridRef.current?.focusActive(), []);
  // on a wide screen the open record is a panel at the page's right, the page narrowed beside it
  const sidePanel = useSidePanel() && state.record !== null;

  // one record open at a time: switching between records replaces the URL's, opening one adds it
  const [focusSignal, setFocusSignal] = useState(0);
  const openRecord = useCallback(
    (id: string, { fromKeyboard }: { fromKeyboard: boolean }) => {
      update({ record: id }, { replace: state.record !== null });
      if (fromKeyboard) setFocusSignal((n) => n + 1);
    },
    [update, state.record],
  );
  const step = useRecordStepper(rows, total, state.record, query, (id) =>
    update({ record: id }, { replace: true }),
  );
  const closeRecord = () => {
    // j j Esc in quick succession: the row to return to is the second step's, not yet rendered
    const closed = step.latest() ?? state.record;
    update({ record: null });
    if (closed) requestAnimationFrame(() => gridRef.current?.focusRecord(closed));
  };

  const onAction = (action: ValueAction) => {
    const term = { kind: 'field', field: action.field, op: 'eq', value: action.value } as const;
    const clause: Expr = action.kind === 'exclude' ? { kind: 'not', operand: term } : term;
    if (action.kind === 'pivot') {
      update({ q: printQuery({ clauses: [clause] }), from: null, to: null, record: null });
      return;
    }
    const current = parsed.ok ? parsed.query.clauses : [];
    update({ q: printQuery({ clauses: [...current, clause] }), record: null });
  };

  const searching = state.q !== '' || state.from !== null || state.to !== null;
  const shownNotices = notices.filter((n) => !dismissed.includes(n));

  return (
    <SearchContext.Provider value={search}>
      <Box
        ref={pageRef}
        sx={{
          display: 'flex',
          flexDirection: 'column',
          flex: 1,
          minHeight: 0,
          p: 2,
          gap: 1.5,
          position: 'relative',
          pr: sidePanel ? `calc(${SIDE_PANEL_WIDTH}px + 16px)` : undefined,
        }}
      >
        <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
          <Box sx={{ flex: 1, minWidth: 'min(200px, 100%)' }}>
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
          <IconButton
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
            onClick={() => setShortcutsOpen(true)}
          >
            <KeyboardIcon />
          </IconButton>
        </Stack>

        {shownNotices.map((notice) => (
          <Alert key={notice} severity="warning" onClose={() => setDismissed([...dismissed, notice])}>
            {notice}
          </Alert>
        ))}

        <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <MemoSearchBar
            stream={stream}
            fields={contract.fields}
            example={definition.searchExample}
            q={state.q}
            onSubmit={onSubmit}
            onArrowDown={toResults}
          />
          <TimeRangePicker from={state.from} to={state.to} zone={zone} onChange={(range) => update(range)} />
        </Stack>

        {parsed.ok && <SearchHistogram until={live.shownUntil} />}

        {/* wraps at phone width rather than widening the page */}
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography
            role="status"
            aria-live="polite"
            // which search the shown count belongs to: lets tests wait for a render, not a URL
            data-search={`${state.q}|${query.isPlaceholderData || query.isFetching ? 'pending' : 'done'}`}
            sx={{ flex: 1 }}
          >
            {total === null || query.isPlaceholderData
              ? ' '
              : `${formatCount(total)} record${total === 1 ? '' : 's'}${rows.length < total ? ` · ${formatCount(rows.length)} loaded` : ''}`}
          </Typography>
          <LiveControls {...live.controls} />
          <Button size="small" startIcon={<RefreshIcon />} onClick={() => void query.refetch()}>
            Refresh
          </Button>
          <SavedSearchesButton />
          <ColumnsMenu />
          <ExportButton total={query.isPlaceholderData ? null : total} />
        </Stack>

        {parsed.ok && <SearchProgress />}

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
            <ErrorState message={searchError(query.error)} onRetry={() => void query.refetch()} />
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
                <ErrorState message={searchError(query.error)} onRetry={() => void query.refetch()} />
              )}
              <ResultsGrid
                handle={gridRef}
                rows={rows}
                total={total ?? 0}
                describe={describe}
                onOpen={openRecord}
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
          onClose={closeRecord}
          onAction={onAction}
          focusSignal={focusSignal}
          {...step}
        />
        {shortcutsOpen && <ShortcutsDialog onClose={() => setShortcutsOpen(false)} />}
        <Snackbar
          open={message !== null}
          autoHideDuration={2500}
          onClose={() => setMessage(null)}
          message={message}
        />
      </Box>
    </SearchContext.Provider>
  );
}
