import { useId } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Switch,
  Typography,
} from '@mui/material';
import { singleKeyShortcutsPreference } from '../../lib/preferences';

interface Shortcut {
  keys: readonly string[];
  does: string;
}

const PAGE: readonly Shortcut[] = [
  { keys: ['/'], does: 'Go to the search box' },
  { keys: ['↓'], does: 'From the search box (no suggestions open): go to the results' },
  { keys: ['e'], does: 'Export' },
  { keys: ['c'], does: 'Columns and density' },
  { keys: ['s'], does: 'Saved searches' },
  { keys: ['?'], does: 'This list' },
];

const GRID: readonly Shortcut[] = [
  { keys: ['↑', '↓', '←', '→'], does: 'Move between rows and cells (the grid is one Tab stop)' },
  { keys: ['j', 'k'], does: 'Next or previous row' },
  { keys: ['Home', 'End'], does: 'First or last cell of the row' },
  { keys: ['Ctrl+Home', 'Ctrl+End'], does: 'First or last record loaded' },
  { keys: ['Page Up', 'Page Down'], does: 'A screen of rows up or down' },
  { keys: ['Enter'], does: 'Open the record (on a header: sort by the column)' },
  { keys: ['Shift+←', 'Shift+→'], does: 'On a header: narrow or widen the column' },
];

const RECORD: readonly Shortcut[] = [
  { keys: ['j', '↓'], does: 'Next record (loads the next page when needed)' },
  { keys: ['k', '↑'], does: 'Previous record' },
  { keys: ['Esc'], does: 'Close the record, back to its row' },
];

function Section({ title, shortcuts }: { title: string; shortcuts: readonly Shortcut[] }) {
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
        {title}
      </Typography>
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 1 }}>
        {shortcuts.map((s) => (
          <Box key={s.does} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
              {s.keys.map((key) => (
                <Box
                  component="kbd"
                  key={key}
                  sx={{
                    px: 0.75,
                    border: 1,
                    borderColor: 'divider',
                    borderRadius: 0.5,
                    fontFamily: 'monospace',
                  }}
                >
                  {key}
                </Box>
              ))}
            </Box>
            <Box component="dd" sx={{ m: 0 }}>
              {s.does}
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}

/** The stream page's keyboard shortcuts, and the switch that turns the single-key ones off. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const [enabled, setEnabled] = singleKeyShortcutsPreference.usePersisted();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Keyboard shortcuts</DialogTitle>
      <DialogContent>
        <FormControlLabel
          control={<Switch checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />}
          label="Single-key shortcuts (/ ? e c s) on this page"
        />
        <Section title="On the page" shortcuts={PAGE} />
        <Section title="In the results grid" shortcuts={GRID} />
        <Section title="In an open record" shortcuts={RECORD} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
