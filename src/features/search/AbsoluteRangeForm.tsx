import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import type { TimeZoneChoice } from '../../lib/preferences';
import { parseTimeBound } from '../../api/timeBounds';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface AbsoluteRangeFormProps {
  from: string | null;
  to: string | null;
  zone: TimeZoneChoice;
  onApply: (range: { from: string | null; to: string | null }) => void;
  onCancel: () => void;
}

function toDayjs(bound: string | null, zone: TimeZoneChoice): Dayjs | null {
  if (bound === null) return null;
  const ms = parseTimeBound(bound, Date.now());
  if (ms === null) return null;
  return zone === 'utc' ? dayjs(ms).utc() : dayjs(ms);
}

const PICKER = {
  ampm: false,
  format: 'YYYY-MM-DD HH:mm:ss',
  views: ['year', 'month', 'day', 'hours', 'minutes', 'seconds'],
  slotProps: { textField: { size: 'small' }, field: { clearable: true } },
} as const;

/** The date pickers are a large library: loaded only when someone opens the range picker. */
export default function AbsoluteRangeForm({ from, to, zone, onApply, onCancel }: AbsoluteRangeFormProps) {
  const [start, setStart] = useState<Dayjs | null>(() => toDayjs(from, zone));
  const [end, setEnd] = useState<Dayjs | null>(() => toDayjs(to ?? 'now', zone));
  const pickerZone = zone === 'utc' ? 'UTC' : 'system';

  const invalid =
    (start !== null && !start.isValid()) || (end !== null && !end.isValid())
      ? 'Enter a complete, real date and time.'
      : start && end && start.isAfter(end)
        ? 'The start must be before the end.'
        : null;

  const apply = () => {
    if (invalid) return;
    onApply({ from: start ? start.toISOString() : null, to: end ? end.toISOString() : null });
  };

  return (
    <Box sx={{ p: 2, width: 300 }}>
      <Typography variant="subtitle2" component="h2" gutterBottom>
        Absolute range ({zone === 'utc' ? 'UTC' : 'local time'})
      </Typography>
      <LocalizationProvider dateAdapter={AdapterDayjs}>
        <Stack spacing={2}>
          <DateTimePicker label="From" value={start} onChange={setStart} timezone={pickerZone} {...PICKER} />
          <DateTimePicker label="To" value={end} onChange={setEnd} timezone={pickerZone} {...PICKER} />
          {invalid && (
            <Alert severity="error" role="alert">
              {invalid}
            </Alert>
          )}
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button onClick={onCancel}>Cancel</Button>
            <Button variant="contained" onClick={apply} disabled={!!invalid}>
              Apply
            </Button>
          </Stack>
        </Stack>
      </LocalizationProvider>
    </Box>
  );
}
