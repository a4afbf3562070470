import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { checkDestinationUrl } from '../../../api/destinationUrl';
import { unicodeHostOf } from '../../../api/punycode';
import { authTypes, type AuthType, type DestinationType } from '../../../api/schemas/destinations';
import { RECORD_TYPE_LABELS, recordTypes, type RecordType } from '../../../api/schemas/recordTypes';
import { AUTH_LABELS, type DestinationDraft } from './draft';
import { SecretField } from './SecretField';

/** An internationalised host is saved in punycode: say so while it is typed, both forms side by side. */
function punycodeHint(typed: string): string | null {
  const check = checkDestinationUrl(typed);
  const unicode = check.ok ? unicodeHostOf(check.url) : null;
  return check.ok && unicode ? `Saved as ${check.url} (the host ${unicode} in punycode).` : null;
}

interface Props {
  draft: DestinationDraft;
  onChange: (patch: Partial<DestinationDraft>) => void;
  /** messages by the API's field names (`url`, `auth.username`, …) */
  errors: Record<string, string>;
  secretStored: boolean;
  secretStoredAt: string | null;
  disabled: boolean;
}

/** The fields of an audit destination, in the words of the Agilicus audit-destinations documentation. */
export function DestinationFields({
  draft,
  onChange,
  errors,
  secretStored,
  secretStoredAt,
  disabled,
}: Props) {
  const webhook = draft.type === 'webhook';
  const toggleType = (type: RecordType, on: boolean) =>
    onChange({
      recordTypes: on ? [...draft.recordTypes, type] : draft.recordTypes.filter((t) => t !== type),
    });
  return (
    <Stack sx={{ gap: 2.5 }}>
      <TextField
        label="Name"
        value={draft.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={Boolean(errors.name)}
        helperText={errors.name}
        required
        disabled={disabled}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />

      <FormControl disabled={disabled}>
        <FormLabel id="destination-type">Type</FormLabel>
        <RadioGroup
          row
          aria-labelledby="destination-type"
          value={draft.type}
          onChange={(e) => onChange({ type: e.target.value as DestinationType })}
        >
          <FormControlLabel value="webhook" control={<Radio />} label="Webhook" />
          <FormControlLabel value="file" control={<Radio />} label="File (Agent Connector records)" />
        </RadioGroup>
      </FormControl>

      {webhook ? (
        <TextField
          label="URL"
          value={draft.url}
          onChange={(e) => onChange({ url: e.target.value })}
          error={Boolean(errors.url)}
          helperText={
            errors.url ??
            punycodeHint(draft.url) ??
            'https:// (or http://) on a public host. Batches of records are POSTed here as JSON.'
          }
          placeholder="https://siem.example.com/ingest"
          required
          disabled={disabled}
          slotProps={{ htmlInput: { inputMode: 'url', spellCheck: false } }}
        />
      ) : (
        <TextField
          label="File"
          value={draft.path}
          onChange={(e) => onChange({ path: e.target.value })}
          error={Boolean(errors.path)}
          helperText={errors.path ?? 'Absolute path on the connector, e.g. /var/log/audit/records.json.'}
          required
          disabled={disabled}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
      )}

      <FormControl component="fieldset" error={Boolean(errors.recordTypes)} disabled={disabled}>
        <FormLabel component="legend">Record types</FormLabel>
        <FormGroup row>
          {recordTypes.map((type) => (
            <FormControlLabel
              key={type}
              control={
                <Checkbox
                  checked={draft.recordTypes.includes(type)}
                  onChange={(e) => toggleType(type, e.target.checked)}
                />
              }
              label={RECORD_TYPE_LABELS[type]}
            />
          ))}
        </FormGroup>
        <FormHelperText>{errors.recordTypes ?? 'Which records are sent to this destination.'}</FormHelperText>
      </FormControl>

      <FormControl component="fieldset" disabled={disabled}>
        <FormLabel component="legend">Connector records back to the cloud</FormLabel>
        <FormGroup row>
          {(['access', 'authorisation'] as const).map((type) => (
            <FormControlLabel
              key={type}
              control={
                <Checkbox
                  checked={draft.connectorToCloud[type]}
                  onChange={(e) =>
                    onChange({ connectorToCloud: { ...draft.connectorToCloud, [type]: e.target.checked } })
                  }
                />
              }
              label={RECORD_TYPE_LABELS[type]}
            />
          ))}
        </FormGroup>
        <FormHelperText>
          Records from an Agent Connector stay out of the cloud unless checked here.
        </FormHelperText>
      </FormControl>

      {webhook && (
        <FormControl component="fieldset" disabled={disabled} error={Boolean(errors['auth.type'])}>
          <FormLabel component="legend">Authentication</FormLabel>
          <RadioGroup
            value={draft.authType}
            onChange={(e) => onChange({ authType: e.target.value as AuthType })}
          >
            {authTypes.map((type) => (
              <FormControlLabel key={type} value={type} control={<Radio />} label={AUTH_LABELS[type]} />
            ))}
          </RadioGroup>
        </FormControl>
      )}

      {webhook && draft.authType === 'basic' && (
        <TextField
          label="User name"
          value={draft.username}
          onChange={(e) => onChange({ username: e.target.value })}
          error={Boolean(errors['auth.username'])}
          helperText={errors['auth.username']}
          autoComplete="off"
          required
          disabled={disabled}
        />
      )}
      {webhook && draft.authType === 'header' && (
        <TextField
          label="Header name"
          value={draft.headerName}
          onChange={(e) => onChange({ headerName: e.target.value })}
          error={Boolean(errors['auth.headerName'])}
          helperText={errors['auth.headerName'] ?? 'e.g. X-Api-Key'}
          autoComplete="off"
          required
          disabled={disabled}
        />
      )}
      {webhook && draft.authType !== 'none' && (
        <SecretField
          authType={draft.authType}
          stored={secretStored}
          storedAt={secretStoredAt}
          value={draft.secret}
          onChange={(secret) => onChange({ secret })}
          error={errors.secret}
          disabled={disabled}
        />
      )}

      <FormControlLabel
        control={<Switch checked={draft.enabled} onChange={(e) => onChange({ enabled: e.target.checked })} />}
        label="Enabled"
        disabled={disabled}
      />
    </Stack>
  );
}
