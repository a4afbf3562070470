import { createTheme, type PaletteMode } from '@mui/material/styles';

export function createAppTheme(mode: PaletteMode) {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'dark' ? '#90caf9' : '#1565c0' },
      // darker than MUI's defaults so small text on paper passes WCAG AA contrast
      error: { main: mode === 'dark' ? '#f48f8f' : '#b71c1c' },
      success: { main: mode === 'dark' ? '#81c784' : '#1b5e20' },
      background: mode === 'dark' ? { default: '#0f1214', paper: '#161b1f' } : { default: '#f5f7fa' },
    },
    shape: { borderRadius: 6 },
    typography: { fontSize: 13 },
    components: {
      MuiTooltip: { defaultProps: { arrow: true, enterDelay: 400 } },
      MuiButton: { defaultProps: { disableElevation: true } },
      // MUI's unselected toggle text is too faint on the app bar for WCAG AA
      MuiToggleButton: { styleOverrides: { root: ({ theme }) => ({ color: theme.palette.text.primary }) } },
    },
  });
}
