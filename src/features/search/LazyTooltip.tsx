import { cloneElement, useState, type ReactElement, type ReactNode } from 'react';
import { Tooltip } from '@mui/material';

type Child = ReactElement<{ onMouseEnter?: () => void; onFocus?: () => void }>;

/**
 * A tooltip for grid cells: a hundred rows of MUI Tooltips cost more to render than the rows
 * themselves, so the real one (and its text) exists only while the cell is hovered or focused.
 */
export function LazyTooltip({ title, children }: { title: () => ReactNode; children: Child }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return cloneElement(children, { onMouseEnter: () => setOpen(true), onFocus: () => setOpen(true) });
  return (
    <Tooltip open title={title()} onClose={() => setOpen(false)} placement="bottom-start" describeChild>
      {children}
    </Tooltip>
  );
}
