import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Box, LinearProgress, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
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
}

export function ResultsGrid(props: Props) {
  const { rows, total, describe } = props;
  const search = useSearch();
  const { definition, zone, sortBy: onSort, open: onOpen } = search;
  const { sort, record: selectedId } = search.state;
  const { order, visible, prefs, setPrefs } = search.columns;
  const { query } = search.pages;
  const hasNextPage = query.hasNextPage && !query.isError;
  const fetchingNextPage = query.isFetchingNextPage;
  const { fetchNextPage } = query;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowHeight = ROW_HEIGHT[prefs.density];
  const [active, setActive] = useState(0);

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
    overscan: 8,
  });
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !fetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS) void fetchNextPage();
  }, [lastIndex, rows.length, hasNextPage, fetchingNextPage, fetchNextPage]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() =>
      scrollRef.current
        ?.querySelector<HTMLElement>(`[data-row-index="${next}"]`)
        ?.focus({ preventScroll: true }),
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[active];
      if (row) {
        event.preventDefault();
        onOpen(row.id);
      }
    }
  };

  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));
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
      />
      <RowGroup
        role="rowgroup"
        onKeyDown={onKeyDown}
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
              tabbable={item.index === activeIndex}
              columns={cellSpecs}
              definition={definition}
              zone={zone}
              describe={describe}
              onActivate={setActive}
              onOpen={onOpen}
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
