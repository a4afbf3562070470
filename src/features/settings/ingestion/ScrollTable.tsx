import type { ReactNode } from 'react';
import { Table, TableContainer } from '@mui/material';

/**
 * A table that scrolls sideways inside itself on a narrow screen, never the page. Focusable,
 * so that a keyboard can scroll it too (axe: scrollable-region-focusable). Positioned, so that
 * the visually hidden header text (position: absolute) is clipped with the table rather than
 * widening the page from the table's far end.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableContainer
      tabIndex={0}
      sx={{
        position: 'relative',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Table size="small" aria-label={label}>
        {children}
      </Table>
    </TableContainer>
  );
}
