import { styled } from '@mui/material';

/**
 * The rows' and cells' styles, once on their container: rows and cells are then plain elements,
 * so a search or a scroll renders no styled component per row or per cell.
 */
export const RowGroup = styled('div')(({ theme }) => ({
  position: 'relative',
  '& > [role="row"]': {
    display: 'grid',
    position: 'absolute',
    top: 0,
    left: 0,
    alignItems: 'center',
    cursor: 'pointer',
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  '& > [data-striped="true"]': { backgroundColor: theme.palette.action.hover },
  '& > [aria-selected="true"]': { backgroundColor: theme.palette.action.selected },
  '& > [role="row"]:hover': { backgroundColor: theme.palette.action.focus },
  '& > [role="row"]:focus-within': { outline: `1px solid ${theme.palette.primary.main}`, outlineOffset: -1 },
  '& [role="gridcell"]:focus-visible': {
    outline: `2px solid ${theme.palette.primary.main}`,
    outlineOffset: -2,
  },
  '& [role="gridcell"]': {
    padding: theme.spacing(0, 1.5),
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  '& .cell-link': { color: 'inherit', textDecoration: 'none' },
  '& .cell-link:hover': { textDecoration: 'underline' },
  '& .cell-empty': { color: theme.palette.text.secondary },
  '& .cell-mono': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 },
  // a record that could not be read: one cell across the row, saying why
  '& [role="gridcell"].cell-unreadable': { gridColumn: '1 / -1', color: theme.palette.error.main },
  '& .outcome-success, & .outcome-failure': { fontWeight: 600 },
  '& .outcome-success': { color: theme.palette.success.main },
  '& .outcome-failure': { color: theme.palette.error.main },
}));
