import { lazy, Suspense, useState } from 'react';
import {
  Box,
  Button,
  CircularProgress,
  Divider,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Popover,
  Stack,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import type { TimeZoneChoice } from '../../lib/preferences';
import { PRESETS, describeRange } from './timeRange';

const AbsoluteRangeForm = lazy(() => import('./AbsoluteRangeForm'));

interface Props {
  from: string | null;
  to: string | null;
  zone: TimeZoneChoice;
  onChange: (range: { from: string | null; to: string | null }) => void;
}

export function TimeRangePicker({ from, to, zone, onChange }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const label = describeRange(from, to, zone);
  const close = () => setAnchor(null);
  const narrow = useMediaQuery((t: Theme) => t.breakpoints.down('sm'), { noSsr: true });

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<EventIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="dialog"
        aria-label={`Time range: ${label}`}
        sx={{ whiteSpace: 'nowrap', alignSelf: 'flex-start', height: 40 }}
      >
        {label}
      </Button>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': 'Choose time range' } }}
      >
        {/* side by side is wider than a phone: there the form goes under the quick ranges */}
        <Stack
          direction={narrow ? 'column' : 'row'}
          divider={<Divider orientation={narrow ? 'horizontal' : 'vertical'} flexItem />}
        >
          <List dense aria-label="Quick ranges" sx={{ minWidth: 170 }}>
            {PRESETS.map((preset) => (
              // a list holds list items only (axe): each button in one
              <ListItem key={preset.label} disablePadding>
                <ListItemButton
                  selected={to === null && from === preset.from}
                  onClick={() => {
                    onChange({ from: preset.from, to: null });
                    close();
                  }}
                >
                  <ListItemText primary={preset.label} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
          <Suspense
            fallback={
              <Box sx={{ p: 2, width: { sm: 300 }, display: 'grid', placeItems: 'center' }}>
                <CircularProgress aria-label="Loading the date pickers" size={24} />
              </Box>
            }
          >
            <AbsoluteRangeForm
              from={from}
              to={to}
              zone={zone}
              onCancel={close}
              onApply={(range) => {
                onChange(range);
                close();
              }}
            />
          </Suspense>
        </Stack>
      </Popover>
    </>
  );
}
