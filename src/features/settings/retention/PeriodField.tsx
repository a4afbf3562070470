import { Alert, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { RECORD_TYPE_LABELS, type RecordType } from '../../../api/schemas/recordTypes';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../../api/schemas/retention';
import { belowRecommended, type PeriodDraft } from './draft';
import { formatCount } from '../../../api/formatCount';

interface Props {
  type: RecordType;
  value: PeriodDraft;
  onChange: (value: PeriodDraft) => void;
  error?: string;
  disabled: boolean;
}

/** One record type's retention: days, or keep indefinitely; a warning under 12 months. */
export function PeriodField({ type, value, onChange, error, disabled }: Props) {
  const label = RECORD_TYPE_LABELS[type];
  const headingId = `retention-${type}`;
  const days = Number(value.days);
  const short = !value.forever && /^\d+$/.test(value.days.trim()) && belowRecommended(days);
  return (
    <Stack component="fieldset" sx={{ border: 0, p: 0, m: 0, gap: 1 }} aria-labelledby={headingId}>
      <Typography component="legend" id={headingId} variant="subtitle1" sx={{ fontWeight: 600 }}>
        {label}
      </Typography>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          label={`${label}: days`}
          value={value.forever ? '' : value.days}
          onChange={(e) => onChange({ ...value, days: e.target.value })}
          error={Boolean(error)}
          helperText={
            error ??
            (value.forever ? undefined : `${MIN_RETENTION_DAYS}–${formatCount(MAX_RETENTION_DAYS)} days`)
          }
          disabled={disabled || value.forever}
          size="small"
          sx={{ width: 220 }}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <FormControlLabel
          control={
            <Checkbox
              checked={value.forever}
              onChange={(e) =>
                onChange({
                  forever: e.target.checked,
                  days: e.target.checked ? value.days : value.days || '365',
                })
              }
            />
          }
          label="Keep indefinitely"
          disabled={disabled}
        />
      </Stack>
      {short && (
        <Alert severity="warning" sx={{ maxWidth: 640 }}>
          {label} records would be kept for less than 12 months. Many standards (PCI DSS among them) require
          keeping audit records for at least a year.
        </Alert>
      )}
    </Stack>
  );
}
