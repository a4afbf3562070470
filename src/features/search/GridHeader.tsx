import { memo } from 'react';
import { Box, ButtonBase } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import type { ColumnPrefs } from './columnPrefs';
import type { ColumnSpec, StreamDefinition } from './definition';
import type { SearchState } from './searchState';

/** The slice of TanStack Table's instance the header uses. */
interface HeaderTable {
  getFlatHeaders(): readonly {
    column: { id: string; getIsVisible(): boolean };
    getSize(): number;
    getResizeHandler(): (event: unknown) => void;
  }[];
}

interface Props {
  table: HeaderTable;
  /** the visible columns in order, joined: with `template` it says when the header must render again */
  shownKey: string;
  template: string;
  width: number;
  definition: StreamDefinition;
  /** the definition's columns by field */
  specs: ReadonlyMap<string, ColumnSpec>;
  sort: SearchState['sort'];
  onSort: (field: string) => void;
  prefs: ColumnPrefs;
  setPrefs: (prefs: ColumnPrefs) => void;
  /** the header cell the grid's one Tab stop is on; null when it is on a data row */
  focusCol: number | null;
}

/** The grid's header row: sort buttons and column resizers. Memoised, so a search leaves it be. */
export const GridHeader = memo(function GridHeader(props: Props) {
  const {
    table,
    template,
    width: totalWidth,
    definition,
    specs,
    sort,
    onSort,
    prefs,
    setPrefs,
    focusCol,
  } = props;
  const headers = table.getFlatHeaders().filter((h) => h.column.getIsVisible());
  return (
    <Box
      role="row"
      aria-rowindex={1}
      sx={{
        display: 'grid',
        gridTemplateColumns: template,
        width: totalWidth,
        position: 'sticky',
        top: 0,
        zIndex: 2,
        bgcolor: 'background.paper',
        borderBottom: 1,
        borderColor: 'divider',
      }}
    >
      {headers.map((header, col) => {
        // the grid moves focus between cells with the arrow keys (roving tabindex)
        const cellFocus = { 'data-col': col, tabIndex: focusCol === col ? 0 : -1 };
        const field = header.column.id;
        const spec = specs.get(field);
        const sortable = (definition.contract.sortable as readonly string[]).includes(field);
        const sorted = sort.field === field ? (sort.desc ? 'descending' : 'ascending') : undefined;
        return (
          <Box
            key={field}
            role="columnheader"
            aria-sort={sorted ?? (sortable ? 'none' : undefined)}
            sx={{
              position: 'relative',
              display: 'flex',
              alignItems: 'center',
              px: 1,
              py: 0.75,
              fontWeight: 600,
            }}
          >
            {sortable ? (
              <ButtonBase
                {...cellFocus}
                onClick={() => onSort(field)}
                sx={{ font: 'inherit', gap: 0.5, borderRadius: 1, px: 0.5, justifyContent: 'flex-start' }}
              >
                {spec?.header ?? field}
                {sorted === 'ascending' && <ArrowUpwardIcon sx={{ fontSize: 14 }} aria-hidden />}
                {sorted === 'descending' && <ArrowDownwardIcon sx={{ fontSize: 14 }} aria-hidden />}
              </ButtonBase>
            ) : (
              <Box component="span" {...cellFocus} sx={{ px: 0.5 }}>
                {spec?.header ?? field}
              </Box>
            )}
            <ColumnResizer
              label={`Resize ${spec?.header ?? field} column`}
              size={header.getSize()}
              onPointer={header.getResizeHandler()}
              onResize={(size) => setPrefs({ ...prefs, sizes: { ...prefs.sizes, [field]: size } })}
            />
          </Box>
        );
      })}
    </Box>
  );
});

function ColumnResizer(props: {
  label: string;
  size: number;
  onPointer: (event: unknown) => void;
  onResize: (size: number) => void;
}) {
  const { label, size, onPointer, onResize } = props;
  return (
    <Box
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={size}
      aria-valuemin={60}
      aria-valuemax={1600}
      // not a Tab stop of its own: Shift+←/→ on the header cell resizes (the grid's keys)
      tabIndex={-1}
      onMouseDown={onPointer}
      onTouchStart={onPointer}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        const step = e.shiftKey ? 50 : 10;
        if (e.key === 'ArrowLeft') onResize(Math.max(60, size - step));
        else if (e.key === 'ArrowRight') onResize(Math.min(1600, size + step));
        else return;
        e.preventDefault();
      }}
      sx={{
        position: 'absolute',
        right: 0,
        top: 4,
        bottom: 4,
        width: 6,
        cursor: 'col-resize',
        borderRight: 2,
        borderColor: 'divider',
        '&:hover, &:focus-visible': { borderColor: 'primary.main', outline: 'none' },
      }}
    />
  );
}
