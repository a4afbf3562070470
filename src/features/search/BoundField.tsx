import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import type { Dayjs } from 'dayjs';
import { offsetLabel } from '../../api/timeZones';
import { wallText, type ResolvedBound } from './wallClock';

/** A bound being edited: wall clock fields (a UTC Dayjs) and the offset meant when they repeat. */
export interface BoundState {
  value: Dayjs | null;
  offset: number;
}

const PICKER = {
  ampm: false,
  format: 'YYYY-MM-DD HH:mm:ss',
  views: ['year', 'month', 'day', 'hours', 'minutes', 'seconds'],
  timezone: 'UTC',
} as const;

interface Props {
  label: string;
  state: BoundState;
  resolved: ResolvedBound | 'empty' | 'incomplete';
  /** local time: each instant shows its offset, and a repeated time offers both instances */
  local: boolean;
  onChange: (state: BoundState) => void;
}

/** One end of the absolute range: its offset under it, and which instance of a repeated time. */
export function BoundField({ label, state, resolved, local, onChange }: Props) {
  const chosen = typeof resolved === 'object' && resolved.kind === 'instant' ? resolved : null;
  const skipped = typeof resolved === 'object' && resolved.kind === 'skipped';
  const helperText = skipped ? 'Not a local time' : chosen && local ? offsetLabel(chosen.offset) : undefined;
  return (
    <>
      <DateTimePicker
        label={label}
        value={state.value}
        // a new value keeps the offset meant, so an edited second stays in the same 01:00 hour
        onChange={(value) => onChange({ value, offset: state.offset })}
        {...PICKER}
        slotProps={{
          textField: { size: 'small', helperText, error: skipped },
          field: { clearable: true },
        }}
      />
      {chosen?.repeated && state.value && (
        <FormControl>
          <FormLabel id={`${label}-repeated`} sx={{ fontSize: 13 }}>
            {`${wallText(state.value.valueOf())} happens twice. ${label}:`}
          </FormLabel>
          <RadioGroup
            aria-labelledby={`${label}-repeated`}
            value={String(chosen.offset)}
            onChange={(_, value) => onChange({ value: state.value, offset: Number(value) })}
          >
            {chosen.repeated.map((instance, i) => (
              <FormControlLabel
                key={instance.offset}
                value={String(instance.offset)}
                control={<Radio size="small" />}
                label={`${i === 0 ? 'the first' : 'the second'} (${offsetLabel(instance.offset)})`}
              />
            ))}
          </RadioGroup>
        </FormControl>
      )}
    </>
  );
}
