import { memo } from 'react';
import { Box, ButtonBase } from '@mui/material';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import UnfoldMoreIcon from '@mui/icons-material/UnfoldMore';
import type { ColumnPrefs, Density } from './columnPrefs';
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

/** The header's padding: closer in compact rows, as the rows' height is. */
function cellSx(density: Density) {
  return { px: 1.5, py: density === 'compact' ? 0.5 : density === 'comfortable' ? 1.25 : 0.75 };
}

/**
 * Where a sortable column stands: its direction when sorted, else a faint two-way arrow, so a
 * sortable header looks unlike one that is not (which has no marker and is no button).
 */
function SortMarker({ sorted }: { sorted: 'ascending' | 'descending' | undefined }) {
  const sx = { fontSize: 16, flexShrink: 0 };
  if (sorted === 'ascending') return <ArrowUpwardIcon sx={sx} aria-hidden />;
  if (sorted === 'descending') return <ArrowDownwardIcon sx={sx} aria-hidden />;
  return (
    <UnfoldMoreIcon
      className="sort-marker"
      sx={{ ...sx, color: 'text.secondary', opacity: 0.6 }}
      aria-hidden
    />
  );
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
  const { density } = prefs;
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
        const label = spec?.header ?? field;
        return (
          <Box
            key={field}
            role="columnheader"
            aria-sort={sorted ?? (sortable ? 'none' : undefined)}
            sx={{
              position: 'relative',
              display: 'flex',
              alignItems: 'stretch',
              fontWeight: 600,
              minWidth: 0,
            }}
          >
            {sortable ? (
              // the whole cell is the control, not only its label
              <ButtonBase
                {...cellFocus}
                onClick={() => onSort(field)}
                sx={{
                  ...cellSx(density),
                  flex: 1,
                  font: 'inherit',
                  gap: 0.5,
                  justifyContent: 'flex-start',
                  '&:hover': { bgcolor: 'action.hover' },
                  '&.Mui-focusVisible': (theme) => ({
                    outline: `2px solid ${theme.palette.primary.main}`,
                    outlineOffset: -2,
                  }),
                  '&:hover .sort-marker, &.Mui-focusVisible .sort-marker': { opacity: 1 },
                }}
              >
                <Box
                  component="span"
                  sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                >
                  {label}
                </Box>
                <SortMarker sorted={sorted} />
              </ButtonBase>
            ) : (
              <Box
                component="span"
                {...cellFocus}
                sx={{
                  ...cellSx(density),
                  display: 'flex',
                  alignItems: 'center',
                  overflow: 'hidden',
                  whiteSpace: 'nowrap',
                }}
              >
                {label}
              </Box>
            )}
            <ColumnResizer
              label={`Resize ${label} column`}
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
