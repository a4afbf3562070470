import { Box, Button, FormControlLabel, Switch, Tooltip } from '@mui/material';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import { formatCount } from '../../api/formatCount';

interface Props {
  live: boolean;
  paused: boolean;
  onLive: (on: boolean) => void;
  onPause: (paused: boolean) => void;
  error: string | null;
}

/** The "Live" switch and its Pause: new records join the grid as they arrive. */
export function LiveControls({ live, paused, onLive, onPause, error }: Props) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Tooltip title="Show new records as they arrive (newest first, range up to now)" describeChild>
        <FormControlLabel
          control={<Switch size="small" checked={live} onChange={(e) => onLive(e.target.checked)} />}
          label="Live"
          sx={{ mr: 0.5 }}
        />
      </Tooltip>
      {live && (
        <Button
          size="small"
          startIcon={paused ? <PlayArrowIcon /> : <PauseIcon />}
          onClick={() => onPause(!paused)}
        >
          {paused ? 'Resume' : 'Pause'}
        </Button>
      )}
      {live && error && (
        <Box component="span" role="alert" sx={{ color: 'error.main', fontSize: 12 }}>
          New records could not be fetched; retrying.
        </Box>
      )}
    </Box>
  );
}

/** Shown while the reader is scrolled down: new records wait here instead of moving the rows. */
export function NewRecordsNotice({ count, onShow }: { count: number; onShow: () => void }) {
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ position: 'absolute', top: 40, left: '50%', transform: 'translateX(-50%)', zIndex: 4 }}
    >
      {count > 0 && (
        <Button variant="contained" size="small" startIcon={<ArrowUpwardIcon />} onClick={onShow}>
          {formatCount(count)} new record{count === 1 ? '' : 's'}
        </Button>
      )}
    </Box>
  );
}
