import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import type { TimeZoneChoice } from '../../lib/preferences';
import { timeZoneOf } from '../../lib/time';
import { parseTimeBound } from '../../api/timeBounds';
import { BoundField, type BoundState } from './BoundField';
import { resolveWallBound, wallBoundOf, type ResolvedBound } from './wallClock';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The pickers' adapter, parsing what is typed as UTC fields: the stock one parses in the
 * browser's zone first, which refuses a local time the clocks skipped and reads a repeated one
 * as its first instance before the fields ever reach this form.
 */
class WallClockAdapter extends AdapterDayjs {
  override parse = (value: string, format: string) => (value === '' ? null : dayjs.utc(value, format, true));
}

export interface AbsoluteRangeFormProps {
  from: string | null;
  to: string | null;
  zone: TimeZoneChoice;
  onApply: (range: { from: string | null; to: string | null }) => void;
  onCancel: () => void;
}

/** A bound as the picker edits it: its wall clock fields, as a UTC Dayjs, and the offset meant. */
function boundState(bound: string | null, timeZone: string): BoundState {
  const ms = bound === null ? null : parseTimeBound(bound, Date.now());
  if (ms === null) return { value: null, offset: 0 };
  const { wall, offset } = wallBoundOf(timeZone, ms);
  return { value: dayjs.utc(wall), offset };
}

function resolve(state: BoundState, timeZone: string): ResolvedBound | 'empty' | 'incomplete' {
  if (state.value === null) return 'empty';
  if (!state.value.isValid()) return 'incomplete';
  return resolveWallBound(timeZone, { wall: state.value.valueOf(), offset: state.offset });
}

/**
 * The pickers edit wall clock fields only (in UTC, where no hour repeats or is skipped); this
 * form turns them into instants in the chosen zone, so an edit of one field never moves the
 * other, a repeated hour can be either of its instances, and a skipped time is refused. The
 * date pickers are a large library: loaded only when someone opens the range picker.
 */
export default function AbsoluteRangeForm({ from, to, zone, onApply, onCancel }: AbsoluteRangeFormProps) {
  const timeZone = timeZoneOf(zone);
  const [start, setStart] = useState<BoundState>(() => boundState(from, timeZone));
  const [end, setEnd] = useState<BoundState>(() => boundState(to ?? 'now', timeZone));
  const first = resolve(start, timeZone);
  const last = resolve(end, timeZone);
  const instant = (r: typeof first) => (typeof r === 'object' && r.kind === 'instant' ? r.ms : null);
  const startMs = instant(first);
  const endMs = instant(last);

  const invalid =
    first === 'incomplete' || last === 'incomplete'
      ? 'Enter a complete, real date and time.'
      : typeof first === 'object' && first.kind === 'skipped'
        ? `From: ${first.message}`
        : typeof last === 'object' && last.kind === 'skipped'
          ? `To: ${last.message}`
          : startMs !== null && endMs !== null && startMs > endMs
            ? 'The start must be before the end.'
            : null;

  const apply = () => {
    if (invalid) return;
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    onApply({ from: iso(startMs), to: iso(endMs) });
  };

  return (
    <Box sx={{ p: 2, width: { sm: 300 } }}>
      <Typography variant="subtitle2" component="h2" gutterBottom>
        Absolute range ({zone === 'utc' ? 'UTC' : 'local time'})
      </Typography>
      <LocalizationProvider dateAdapter={WallClockAdapter}>
        <Stack spacing={2}>
          <BoundField
            label="From"
            state={start}
            resolved={first}
            local={zone === 'local'}
            onChange={setStart}
          />
          <BoundField label="To" state={end} resolved={last} local={zone === 'local'} onChange={setEnd} />
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
