import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { timelineKeySchema, timelineParamsSchema, type TimelineKey } from '../../api/schemas/timeline';
import { hrefs } from '../../lib/links';
import { usePageTitle } from '../../lib/usePageTitle';

const KEY_OPTIONS: readonly { key: TimelineKey; label: string }[] = [
  { key: 'trace_id', label: 'Trace (authentication trace_id)' },
  { key: 'session', label: 'Session' },
  { key: 'token', label: 'Token (token_id or jti)' },
  { key: 'request_id', label: 'Request ID' },
];

/**
 * `/timeline` without a complete link: a box to paste an id into. What the link did hold is
 * kept, and what is missing or wrong is said on the field.
 */
export function TimelineLookup({
  initialKey,
  initialValue,
}: {
  initialKey: string | null;
  initialValue: string;
}) {
  usePageTitle('Timeline');
  const navigate = useNavigate();
  const parsedKey = timelineKeySchema.safeParse(initialKey);
  const [key, setKey] = useState<TimelineKey>(parsedKey.success ? parsedKey.data : 'trace_id');
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = value.trim();
    const parsed = timelineParamsSchema.safeParse({ key, value: trimmed });
    if (!parsed.success) {
      setError(
        trimmed === ''
          ? 'Paste a trace, session, token or request id.'
          : `The id ${parsed.error.issues[0]?.message ?? 'is not valid'}.`,
      );
      return;
    }
    void navigate(hrefs.timeline(parsed.data.key, parsed.data.value));
  };

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 720 }}>
      <Box>
        <Typography variant="h5" component="h1">
          Timeline
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Every record of every stream tied to one trace, session, token or request, oldest first. Paste an
          id, or open a record and choose “Open timeline”.
        </Typography>
      </Box>
      {initialKey !== null && !parsedKey.success && (
        <Alert severity="warning">
          “{initialKey}” in the link is not a kind of id: choose trace, session, token or request.
        </Alert>
      )}
      <Stack
        component="form"
        aria-label="Open a timeline"
        noValidate
        onSubmit={submit}
        direction="row"
        sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}
      >
        <TextField
          select
          label="Kind of id"
          size="small"
          value={key}
          onChange={(e) => setKey(timelineKeySchema.catch(key).parse(e.target.value))}
          sx={{ minWidth: 240 }}
        >
          {KEY_OPTIONS.map((option) => (
            <MenuItem key={option.key} value={option.key}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Id"
          size="small"
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
          error={error !== null}
          helperText={error ?? ' '}
          slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
          sx={{ flex: '1 1 280px' }}
        />
        <Button type="submit" variant="contained">
          Open timeline
        </Button>
      </Stack>
    </Box>
  );
}
