import type { Theme } from '@mui/material/styles';
import type { RowLabel } from './model';

export const mono = { fontFamily: 'monospace', fontSize: '0.8125rem', overflowWrap: 'anywhere' } as const;

/**
 * A faint tint behind the old (red) or new (green) side of a change. Text stays text.primary on top,
 * which keeps its contrast in light and dark mode; the label chip says what happened in words.
 */
export function tint(side: 'old' | 'new', label: RowLabel) {
  const tinted = label !== 'unchanged' && label !== (side === 'old' ? 'added' : 'removed');
  return (theme: Theme) =>
    tinted
      ? {
          bgcolor: theme.alpha((side === 'old' ? theme.palette.error : theme.palette.success).main, 0.12),
          color: theme.palette.text.primary,
        }
      : {};
}
