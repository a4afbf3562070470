import { cloneElement, useEffect, useState, type ReactElement, type ReactNode } from 'react';
import { Tooltip } from '@mui/material';

type Child = ReactElement<{
  onMouseEnter?: () => void;
  onMouseLeave?: () => void;
  onMouseDown?: () => void;
  onFocus?: () => void;
}>;

/** as the theme's MuiTooltip enterDelay */
const ENTER_DELAY_MS = 400;

/**
 * A tooltip for grid cells: a hundred rows of MUI Tooltips cost more to render than the rows
 * themselves, so the real one (and its text) exists only while the cell is hovered or focused.
 * Putting it in replaces the cell's element, so a hover opens it only after the usual delay:
 * a click or a tap that lands meanwhile (a tap is a hover and a click at once) must reach the
 * row that it opens, not an element that was swapped out between press and release.
 */
export function LazyTooltip({ title, children }: { title: () => ReactNode; children: Child }) {
  const [hovered, setHovered] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!hovered) return;
    const timer = window.setTimeout(() => setOpen(true), ENTER_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [hovered]);
  if (!open)
    return cloneElement(children, {
      onMouseEnter: () => setHovered(true),
      onMouseLeave: () => setHovered(false),
      onMouseDown: () => setHovered(false),
      onFocus: () => setOpen(true),
    });
  const close = () => {
    setHovered(false);
    setOpen(false);
  };
  return (
    <Tooltip open title={title()} onClose={close} placement="bottom-start" describeChild>
      {children}
    </Tooltip>
  );
}
