import type { Theme } from '@mui/material/styles';
import type { OutcomeTone } from '../../api/streams/types';

/** A band's colour from the theme, so the chart follows light and dark mode. */
export function toneColor(theme: Theme, tone: OutcomeTone): string {
  switch (tone) {
    case 'success':
      return theme.palette.success.main;
    case 'error':
      return theme.palette.error.main;
    case 'warning':
      return theme.palette.warning.main;
    case 'info':
      return theme.palette.info.main;
    default:
      return theme.palette.grey[theme.palette.mode === 'dark' ? 600 : 400];
  }
}
