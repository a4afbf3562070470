import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import LightModeIcon from '@mui/icons-material/LightMode';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import { themePreference, type ThemeMode } from '../lib/preferences';

const OPTIONS: { value: ThemeMode; label: string; icon: React.ReactNode }[] = [
  { value: 'light', label: 'Light theme', icon: <LightModeIcon fontSize="small" /> },
  { value: 'dark', label: 'Dark theme', icon: <DarkModeIcon fontSize="small" /> },
  { value: 'system', label: 'Follow system theme', icon: <SettingsBrightnessIcon fontSize="small" /> },
];

export function ThemeMenu() {
  const [mode, setMode] = themePreference.usePersisted();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={mode}
      aria-label="Theme"
      onChange={(_, next: ThemeMode | null) => next && setMode(next)}
    >
      {OPTIONS.map((o) => (
        // a native title, not MUI's Tooltip: the shell loads before everything, and Tooltip
        // brings Popper with it
        <ToggleButton key={o.value} value={o.value} aria-label={o.label} title={o.label}>
          {o.icon}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
