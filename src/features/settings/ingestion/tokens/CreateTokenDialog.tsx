import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Stack,
  TextField,
} from '@mui/material';
import { ApiError, errorMessage } from '../../../../api/errors';
import { useCreateIngestToken } from '../../../../api/ingestTokens';
import { randomId } from '../../../../api/randomId';
import { MAX_TOKEN_NAME, type CreatedIngestToken } from '../../../../api/schemas/ingest';
import { RECORD_TYPE_LABELS, recordTypes, type RecordType } from '../../../../api/schemas/recordTypes';
import { timeZonePreference } from '../../../../lib/preferences';
import { zoneLabel } from '../../../../lib/time';
import { useSingleFlight } from '../../../../lib/useSingleFlight';
import { EMPTY_DRAFT, inputFrom, type FieldErrors, type TokenDraft } from './draft';

interface Props {
  onCancel: () => void;
  onCreated: (created: CreatedIngestToken) => void;
}

/** Name, record types, optional expiry. Mounted per opening, so each starts empty with its own key. */
export function CreateTokenDialog({ onCancel, onCreated }: Props) {
  const titleId = useId();
  const [zone] = timeZonePreference.usePersisted();
  const create = useCreateIngestToken();
  const once = useSingleFlight();
  const [draft, setDraft] = useState<TokenDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  // one key per form: a create retried after a lost answer does not make a second token
  const [key] = useState(() => randomId());
  const form = useRef<HTMLFormElement>(null);
  const busy = create.isPending;

  const change = (patch: Partial<TokenDraft>, field: keyof FieldErrors) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };
  const toggle = (type: RecordType, on: boolean) =>
    change({ streams: on ? [...draft.streams, type] : draft.streams.filter((t) => t !== type) }, 'streams');

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    setFailure('Not created: correct the marked fields.');
    // keyboard and screen-reader users land on the first field to correct
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void once(async () => {
      const made = inputFrom(draft, zone, Date.now());
      if ('errors' in made) return showErrors(made.errors);
      setFailure(null);
      try {
        onCreated(await create.mutateAsync({ input: made.input, key }));
      } catch (error) {
        // the form keeps everything as typed; the API's field errors show on their fields
        if (error instanceof ApiError && error.problem?.errors?.length)
          return showErrors(error.fieldErrors());
        setFailure(`Not created. ${errorMessage(error)}`);
      }
    });
  };

  const zoneName = zone === 'utc' ? 'UTC' : `local time, ${zoneLabel('local')}`;
  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form ref={form} onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>Create ingest token</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2.5, pt: 1 }}>
            <TextField
              label="Name"
              value={draft.name}
              onChange={(e) => change({ name: e.target.value }, 'name')}
              error={Boolean(errors.name)}
              helperText={errors.name ?? 'Which sender uses it, e.g. "Agilicus audit destination".'}
              required
              disabled={busy}
              slotProps={{ htmlInput: { maxLength: MAX_TOKEN_NAME } }}
            />
            <FormControl component="fieldset" error={Boolean(errors.streams)} disabled={busy} required>
              <FormLabel component="legend">Record types it may write</FormLabel>
              <FormGroup row>
                {recordTypes.map((type) => (
                  <FormControlLabel
                    key={type}
                    control={
                      <Checkbox
                        checked={draft.streams.includes(type)}
                        onChange={(e) => toggle(type, e.target.checked)}
                        slotProps={{ input: { 'aria-invalid': Boolean(errors.streams) } }}
                      />
                    }
                    label={RECORD_TYPE_LABELS[type]}
                  />
                ))}
              </FormGroup>
              <FormHelperText>
                {errors.streams ?? 'A batch with other records is refused for them (403).'}
              </FormHelperText>
            </FormControl>
            <TextField
              label={`Expires (${zoneName})`}
              type="datetime-local"
              value={draft.expires}
              onChange={(e) => change({ expires: e.target.value }, 'expiresAt')}
              error={Boolean(errors.expiresAt)}
              helperText={errors.expiresAt ?? 'Optional: leave empty for a token that does not expire.'}
              disabled={busy}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {failure && (
              <Alert severity="error" role="alert">
                {failure}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            Create token
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
