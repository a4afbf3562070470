import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Divider,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Stack,
  Typography,
} from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import type { TimeZoneChoice } from '../../app/preferences';
import { parseTimeBound } from '../../api/timeBounds';
import { PRESETS, describeRange } from './timeRange';

dayjs.extend(utc);
dayjs.extend(timezone);

interface Props {
  from: string | null;
  to: string | null;
  zone: TimeZoneChoice;
  onChange: (range: { from: string | null; to: string | null }) => void;
}

function toDayjs(bound: string | null, zone: TimeZoneChoice): Dayjs | null {
  if (bound === null) return null;
  const ms = parseTimeBound(bound, Date.now());
  if (ms === null) return null;
  return zone === 'utc' ? dayjs(ms).utc() : dayjs(ms);
}

export function TimeRangePicker({ from, to, zone, onChange }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [start, setStart] = useState<Dayjs | null>(null);
  const [end, setEnd] = useState<Dayjs | null>(null);
  const label = describeRange(from, to, zone);

  const openPicker = (el: HTMLElement) => {
    setStart(toDayjs(from, zone));
    setEnd(toDayjs(to ?? 'now', zone));
    setAnchor(el);
  };
  const close = () => setAnchor(null);

  const invalid =
    (start !== null && !start.isValid()) || (end !== null && !end.isValid())
      ? 'Enter a complete, real date and time.'
      : start && end && start.isAfter(end)
        ? 'The start must be before the end.'
        : null;

  const apply = () => {
    if (invalid) return;
    onChange({ from: start ? start.toISOString() : null, to: end ? end.toISOString() : null });
    close();
  };

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<EventIcon />}
        onClick={(e) => openPicker(e.currentTarget)}
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
        <Stack direction="row" divider={<Divider orientation="vertical" flexItem />}>
          <List dense aria-label="Quick ranges" sx={{ minWidth: 170 }}>
            {PRESETS.map((preset) => (
              <ListItemButton
                key={preset.label}
                selected={to === null && from === preset.from}
                onClick={() => {
                  onChange({ from: preset.from, to: null });
                  close();
                }}
              >
                <ListItemText primary={preset.label} />
              </ListItemButton>
            ))}
          </List>
          <Box sx={{ p: 2, width: 300 }}>
            <Typography variant="subtitle2" component="h2" gutterBottom>
              Absolute range ({zone === 'utc' ? 'UTC' : 'local time'})
            </Typography>
            <LocalizationProvider dateAdapter={AdapterDayjs}>
              <Stack spacing={2}>
                <DateTimePicker
                  label="From"
                  value={start}
                  onChange={setStart}
                  timezone={zone === 'utc' ? 'UTC' : 'system'}
                  ampm={false}
                  format="YYYY-MM-DD HH:mm:ss"
                  views={['year', 'month', 'day', 'hours', 'minutes', 'seconds']}
                  slotProps={{ textField: { size: 'small' }, field: { clearable: true } }}
                />
                <DateTimePicker
                  label="To"
                  value={end}
                  onChange={setEnd}
                  timezone={zone === 'utc' ? 'UTC' : 'system'}
                  ampm={false}
                  format="YYYY-MM-DD HH:mm:ss"
                  views={['year', 'month', 'day', 'hours', 'minutes', 'seconds']}
                  slotProps={{ textField: { size: 'small' }, field: { clearable: true } }}
                />
                {invalid && (
                  <Alert severity="error" role="alert">
                    {invalid}
                  </Alert>
                )}
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                  <Button onClick={close}>Cancel</Button>
                  <Button variant="contained" onClick={apply} disabled={!!invalid}>
                    Apply
                  </Button>
                </Stack>
              </Stack>
            </LocalizationProvider>
          </Box>
        </Stack>
      </Popover>
    </>
  );
}
