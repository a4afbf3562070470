import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
  useTable,
  type ColumnSizingState,
  type Updater,
} from '@tanstack/react-table';
import type { AuditRecord } from '../../api/streams';
import { ROW_HEIGHT } from './columnPrefs';
import { useSearch } from './controller';
import type { DescribeEvent } from './definition';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import { moveFor, type Cell } from './gridKeys';
import { RowGroup } from './RowGroup';

const features = tableFeatures({
  columnSizingFeature,
  columnResizingFeature,
  columnVisibilityFeature,
  columnOrderingFeature,
});
const NO_DATA: AuditRecord[] = [];
/** fetch the next page when this close to the end of what is loaded */
const PREFETCH_ROWS = 30;
/** rows rendered beyond each end of the visible ones */
const OVERSCAN = 8;
/** px a column widens or narrows per Shift+→/← on its header */
const RESIZE_STEP = 10;

/** What the page asks of the grid: focus on its Tab stop, or back on a record's row (it was closed). */
export interface GridHandle {
  focusActive(): void;
  focusRecord(id: string): void;
}

/** The search, its columns and its pages come from the page's SearchContext. */
interface Props {
  /** the search's rows, with any live arrivals on top */
  rows: readonly AuditRecord[];
  total: number;
  /** looks up event names for the cells that show one */
  describe?: DescribeEvent;
  /** told whether the first row is in view (a live tail holds new rows back while it is not) */
  onAtTopChange?: (atTop: boolean) => void;
  /** changing it scrolls back to the first row */
  scrollToTop?: number;
  /** a row was clicked, or Enter pressed on it (then focus goes into the record) */
  onOpen: (id: string, options: { fromKeyboard: boolean }) => void;
  handle?: Ref<GridHandle>;
}

export function ResultsGrid(props: Props) {
  const { rows, total, describe } = props;
  const search = useSearch();
  const { definition, zone, sortBy: onSort } = search;
  const { onOpen, handle } = props;
  const { sort, record: selectedId } = search.state;
  const { order, visible, prefs, setPrefs } = search.columns;
  const { query } = search.pages;
  const hasNextPage = query.hasNextPage && !query.isError;
  const fetchingNextPage = query.isFetchingNextPage;
  const { fetchNextPage } = query;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT[prefs.density];
  // the cell holding the grid's one Tab stop (roving tabindex)
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const activeRow = Math.min(active.row, rows.length - 1);

  const columns = useMemo(
    () =>
      definition.columns.map((c) => ({
        id: c.field,
        accessorFn: (r: AuditRecord) => r[c.field],
        header: c.header,
        size: c.width,
        minSize: 60,
        maxSize: 1600,
      })),
    [definition],
  );
  const columnVisibility = useMemo(
    () => Object.fromEntries(definition.columns.map((c) => [c.field, visible.has(c.field)])),
    [definition, visible],
  );
  const onColumnSizingChange = useCallback(
    (updater: Updater<ColumnSizingState>) => {
      const sizes = typeof updater === 'function' ? updater(prefs.sizes) : updater;
      setPrefs({ ...prefs, sizes });
    },
    [prefs, setPrefs],
  );
  // Rows are rendered from the server's pages directly; the table only manages columns.
  const table = useTable({
    features,
    columns,
    data: NO_DATA,
    columnResizeMode: 'onChange',
    state: { columnVisibility, columnOrder: [...order], columnSizing: prefs.sizes },
    onColumnSizingChange,
  });
  const headers = table.getFlatHeaders().filter((h) => h.column.getIsVisible());
  const specs = useMemo(() => new Map(definition.columns.map((c) => [c.field, c])), [definition]);
  const shownKey = headers.map((h) => h.column.id).join(',');
  // the same array while the same columns show, so rows skip rendering when nothing of theirs changed
  const cellSpecs = useMemo(
    () => shownKey.split(',').flatMap((field) => specs.get(field) ?? []),
    [shownKey, specs],
  );
  const totalWidth = headers.reduce((sum, h) => sum + h.getSize(), 0);
  const template = headers.map((h) => `${h.getSize()}px`).join(' ');

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual opts this component out of the compiler's memoisation, which it does not rely on
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    // the row holding the grid's Tab stop stays rendered when scrolled away: Tab still reaches the grid
    rangeExtractor: useCallback(
      (range: Range) => {
        const shown = defaultRangeExtractor(range);
        if (activeRow < 0 || activeRow >= range.count || shown.includes(activeRow)) return shown;
        return [...shown, activeRow].sort((a, b) => a - b);
      },
      [activeRow],
    ),
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  const items = virtualizer.getVirtualItems();
  // the visible end, not the Tab stop's row kept rendered below it
  const lastIndex = (virtualizer.range?.endIndex ?? 0) + OVERSCAN;

  useEffect(() => {
    if (hasNextPage && !fetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, fetchingNextPage, fetchNextPage]);

  const at: Cell = {
    row: Math.min(active.row, rows.length - 1),
    col: Math.max(0, Math.min(active.col, cellSpecs.length - 1)),
  };
  const focusCell = (to: Cell) => {
    setActive(to);
    if (to.row >= 0) virtualizer.scrollToIndex(to.row, { align: 'auto' });
    const selector =
      to.row < 0
        ? `[aria-rowindex="1"] [data-col="${to.col}"]`
        : `[data-row-index="${to.row}"] [data-col="${to.col}"]`;
    // a row scrolled into view renders on the next frame
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(selector)?.focus());
  };
  useImperativeHandle(handle, () => ({
    focusActive: () => focusCell(at),
    focusRecord: (id: string) => {
      const row = rows.findIndex((r) => r.id === id);
      if (row >= 0) focusCell({ row, col: at.col });
    },
  }));

  // the open record moved (Next, Previous, a link): the grid's row and Tab stop follow it
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : rows.findIndex((r) => r.id === selectedId)),
    [rows, selectedId],
  );
  const [followed, setFollowed] = useState(selectedIndex);
  if (followed !== selectedIndex) {
    setFollowed(selectedIndex);
    if (selectedIndex >= 0) setActive({ row: selectedIndex, col: active.col });
  }
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const resize = (col: number, by: number) => {
    const header = headers[col];
    if (!header) return;
    const size = Math.max(60, Math.min(1600, header.getSize() + by));
    setPrefs({ ...prefs, sizes: { ...prefs.sizes, [header.column.id]: size } });
  };

  const onOpenClicked = useCallback((id: string) => onOpen(id, { fromKeyboard: false }), [onOpen]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // a key a cell's own control used, or one pressed in a popup opened from the grid
    if (event.defaultPrevented || event.altKey || event.metaKey) return;
    if (!event.currentTarget.contains(event.target as Node)) return;
    if (at.row < 0 && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      resize(at.col, event.key === 'ArrowLeft' ? -RESIZE_STEP : RESIZE_STEP);
      return;
    }
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const to = moveFor(event.key, event.ctrlKey, at, { rows: rows.length, cols: cellSpecs.length, page });
    if (to) {
      event.preventDefault();
      focusCell(to);
      // with a record open, it follows the focused row: triage without closing and opening
      const record = rows[to.row];
      if (selectedId !== null && record && to.row !== at.row) onOpen(record.id, { fromKeyboard: false });
      return;
    }
    const record = rows[at.row];
    if ((event.key === 'Enter' || event.key === ' ') && record) {
      event.preventDefault();
      onOpen(record.id, { fromKeyboard: true });
    }
  };
  // the cell that took focus (a click, a Tab into the grid) becomes the Tab stop
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const target = event.target;
    const col = target.dataset.col;
    if (col === undefined) return;
    const row = target.closest<HTMLElement>('[data-row-index]')?.dataset.rowIndex;
    const cell = { row: row === undefined ? -1 : Number(row), col: Number(col) };
    if (cell.row !== active.row || cell.col !== active.col) setActive(cell);
  };

  const { onAtTopChange, scrollToTop } = props;
  useEffect(() => {
    if (scrollToTop) scrollRef.current?.scrollTo({ top: 0 });
  }, [scrollToTop]);

  return (
    <Box
      ref={scrollRef}
      role="grid"
      aria-label={`${definition.title} records`}
      aria-rowcount={total + 1}
      aria-colcount={headers.length}
      aria-busy={query.isFetching}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onScroll={(e) => onAtTopChange?.(e.currentTarget.scrollTop < rowHeight / 2)}
      sx={{ flex: 1, minHeight: 0, overflow: 'auto', position: 'relative', fontSize: 13 }}
    >
      <GridHeader
        table={table}
        shownKey={shownKey}
        template={template}
        width={totalWidth}
        definition={definition}
        specs={specs}
        sort={sort}
        onSort={onSort}
        prefs={prefs}
        setPrefs={setPrefs}
        focusCol={at.row < 0 ? at.col : null}
      />
      <RowGroup
        role="rowgroup"
        // dimmed while they are the previous search's rows (SearchProgress says so)
        style={{
          height: virtualizer.getTotalSize(),
          width: totalWidth,
          opacity: query.isPlaceholderData ? 0.45 : undefined,
        }}
      >
        {items.map((item) => {
          const record = rows[item.index];
          if (!record) return null;
          return (
            <GridRow
              key={record.id}
              record={record}
              index={item.index}
              start={item.start}
              height={rowHeight}
              template={template}
              width={totalWidth}
              selected={record.id === selectedId}
              focusCol={item.index === at.row ? at.col : null}
              columns={cellSpecs}
              definition={definition}
              zone={zone}
              describe={describe}
              onOpen={onOpenClicked}
            />
          );
        })}
      </RowGroup>
      {fetchingNextPage && (
        <Box role="status" sx={{ position: 'sticky', bottom: 0, left: 0, bgcolor: 'background.paper', p: 1 }}>
          <LinearProgress aria-hidden />
          <Typography variant="caption">Loading more records…</Typography>
        </Box>
      )}
    </Box>
  );
}
