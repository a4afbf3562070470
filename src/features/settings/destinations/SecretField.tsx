import { Button, Stack, TextField, Typography } from '@mui/material';
import type { AuthType } from '../../../api/schemas/destinations';
import { formatTime } from './format';
import { SECRET_LABELS, type SecretEdit } from './draft';

interface Props {
  authType: AuthType;
  /** the server holds a secret for this destination (it never says which) */
  stored: boolean;
  storedAt: string | null;
  value: SecretEdit;
  onChange: (value: SecretEdit) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * A write-only secret: the API never returns it, so a stored one shows as "set" with
 * Replace and Clear; leaving it alone keeps it when other fields are saved.
 */
export function SecretField({ authType, stored, storedAt, value, onChange, error, disabled }: Props) {
  const label = SECRET_LABELS[authType];
  if (value.action === 'replace' || !stored)
    return (
      <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label={stored ? `New ${label.toLowerCase()}` : label}
          type="password"
          autoComplete="new-password"
          value={value.action === 'replace' ? value.value : ''}
          onChange={(e) => onChange({ action: 'replace', value: e.target.value })}
          error={Boolean(error)}
          helperText={error ?? 'Write-only: it is never shown again once saved.'}
          disabled={disabled}
          sx={{ flex: 1 }}
        />
        {stored && (
          <Button onClick={() => onChange({ action: 'keep' })} disabled={disabled} sx={{ mt: 1 }}>
            Keep current
          </Button>
        )}
      </Stack>
    );
  return (
    <Stack sx={{ gap: 0.5 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
        <Typography id={`secret-${authType}`}>
          {label}: <strong>{value.action === 'clear' ? 'will be cleared when you save' : 'set'}</strong>
          {value.action === 'keep' && storedAt && (
            <Typography component="span" variant="body2" color="text.secondary">
              {' '}
              (last changed {formatTime(storedAt)})
            </Typography>
          )}
        </Typography>
        {value.action === 'clear' ? (
          <Button onClick={() => onChange({ action: 'keep' })} disabled={disabled}>
            Undo
          </Button>
        ) : (
          <>
            <Button
              onClick={() => onChange({ action: 'replace', value: '' })}
              disabled={disabled}
              aria-label={`Replace ${label.toLowerCase()}`}
            >
              Replace
            </Button>
            <Button
              onClick={() => onChange({ action: 'clear' })}
              disabled={disabled}
              color="error"
              aria-label={`Clear ${label.toLowerCase()}`}
            >
              Clear
            </Button>
          </>
        )}
      </Stack>
      {error && (
        <Typography variant="caption" color="error" role="alert">
          {error}
        </Typography>
      )}
    </Stack>
  );
}
