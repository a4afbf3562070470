/** A cell of the grid; row -1 is the header row. */
export interface Cell {
  row: number;
  col: number;
}

/**
 * Where a key moves focus in the grid, as the WAI-ARIA grid pattern has it (and j/k as ↓/↑), or
 * null when the key is not a move. `page`: how many rows PageUp and PageDown move.
 */
export function moveFor(
  key: string,
  ctrl: boolean,
  at: Cell,
  size: { rows: number; cols: number; page: number },
): Cell | null {
  if (ctrl && key !== 'Home' && key !== 'End') return null;
  const { row, col } = at;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const to: Record<string, Cell | undefined> = {
    ArrowDown: { row: row + 1, col },
    j: { row: row + 1, col },
    ArrowUp: { row: row - 1, col },
    k: { row: row - 1, col },
    ArrowRight: { row, col: col + 1 },
    ArrowLeft: { row, col: col - 1 },
    PageDown: { row: Math.max(row, 0) + size.page, col },
    // from a data row, PageUp stops at the first one: the header is one ↑ further
    PageUp: { row: row < 0 ? row : Math.max(0, row - size.page), col },
    Home: ctrl ? { row: 0, col: 0 } : { row, col: 0 },
    End: ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol },
  };
  const cell = to[key];
  if (!cell) return null;
  return {
    row: Math.max(-1, Math.min(lastRow, cell.row)),
    col: Math.max(0, Math.min(lastCol, cell.col)),
  };
}
