import type { ConflictRow } from '../../../components/ConflictDialog';
import {
  destinationInputSchema,
  type AuthType,
  type Destination,
  type DestinationInput,
  type DestinationType,
} from '../../../api/schemas/destinations';
import { RECORD_TYPE_LABELS, recordTypes, type RecordType } from '../../../api/schemas/recordTypes';

export type SecretEdit = { action: 'keep' } | { action: 'replace'; value: string } | { action: 'clear' };

/** The form's state: every field as typed, so a failed save loses nothing. */
export interface DestinationDraft {
  name: string;
  type: DestinationType;
  url: string;
  path: string;
  recordTypes: RecordType[];
  connectorToCloud: { access: boolean; authorisation: boolean };
  enabled: boolean;
  authType: AuthType;
  username: string;
  headerName: string;
  secret: SecretEdit;
}

export const AUTH_LABELS: Record<AuthType, string> = {
  none: 'No authentication',
  basic: 'Basic (user name and password)',
  bearer: 'Bearer token',
  header: 'Custom header',
};

/** What the secret is called for each kind of authentication. */
export const SECRET_LABELS: Record<AuthType, string> = {
  none: 'Secret',
  basic: 'Password',
  bearer: 'Token',
  header: 'Header value',
};

export function draftFrom(d?: Destination): DestinationDraft {
  return {
    name: d?.name ?? '',
    type: d?.type ?? 'webhook',
    url: d?.url ?? '',
    path: d?.path ?? '',
    recordTypes: d ? [...d.recordTypes] : [...recordTypes],
    connectorToCloud: d ? { ...d.connectorToCloud } : { access: false, authorisation: false },
    enabled: d?.enabled ?? true,
    authType: d?.auth.type ?? 'none',
    username: d?.auth.username ?? '',
    headerName: d?.auth.headerName ?? '',
    secret: d?.secretSet ? { action: 'keep' } : { action: 'replace', value: '' },
  };
}

export function inputFrom(draft: DestinationDraft): DestinationInput {
  const webhook = draft.type === 'webhook';
  const authType = webhook ? draft.authType : 'none';
  const input: DestinationInput = {
    name: draft.name,
    type: draft.type,
    url: webhook ? draft.url.trim() : null,
    path: webhook ? null : draft.path.trim(),
    recordTypes: recordTypes.filter((t) => draft.recordTypes.includes(t)),
    connectorToCloud: draft.connectorToCloud,
    enabled: draft.enabled,
    auth: {
      type: authType,
      username: authType === 'basic' ? draft.username : null,
      headerName: authType === 'header' ? draft.headerName : null,
    },
  };
  // the secret is sent only when it changes: left out, the server keeps the stored one
  if (authType !== 'none' && draft.secret.action === 'replace' && draft.secret.value !== '')
    input.secret = draft.secret.value;
  if (authType !== 'none' && draft.secret.action === 'clear') input.secret = null;
  return input;
}

/**
 * The same checks as the API (the shared schema, with its URL validator), for instant
 * feedback; the API still has the last word. Keys are the API's field names.
 */
export function validateDraft(draft: DestinationDraft, secretStored: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = destinationInputSchema.safeParse(inputFrom(draft));
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  const authType = draft.type === 'webhook' ? draft.authType : 'none';
  const willHaveSecret =
    draft.secret.action === 'replace'
      ? draft.secret.value !== ''
      : draft.secret.action === 'keep' && secretStored;
  if ((authType === 'bearer' || authType === 'header') && !willHaveSecret)
    errors.secret = `Enter the ${SECRET_LABELS[authType].toLowerCase()}.`;
  return errors;
}

const yes = (b: boolean) => (b ? 'Yes' : 'No');

function describeAuth(d: DestinationDraft): string {
  if (d.type === 'file') return AUTH_LABELS.none;
  const detail = d.authType === 'basic' ? d.username : d.authType === 'header' ? d.headerName : '';
  return `${AUTH_LABELS[d.authType]}${detail ? ` (${detail})` : ''}`;
}

function describeSecret(d: { authType: AuthType; secret: string }) {
  return d.authType === 'none' ? '—' : d.secret;
}

/** Field by field, the user's draft beside the version someone else saved. */
export function conflictRows(
  mine: DestinationDraft,
  theirs: Destination,
  secretStored: boolean,
): ConflictRow[] {
  const other = draftFrom(theirs);
  const types = (list: RecordType[]) => list.map((t) => RECORD_TYPE_LABELS[t]).join(', ') || '—';
  const mySecret =
    mine.secret.action === 'clear'
      ? 'cleared'
      : mine.secret.action === 'replace' && mine.secret.value
        ? 'replaced'
        : secretStored
          ? 'set'
          : 'not set';
  return [
    { label: 'Name', mine: mine.name, theirs: other.name },
    { label: 'Type', mine: mine.type, theirs: other.type },
    mine.type === 'webhook' || other.type === 'webhook'
      ? { label: 'URL', mine: mine.url || '—', theirs: other.url || '—' }
      : { label: 'File', mine: mine.path, theirs: other.path },
    { label: 'Record types', mine: types(mine.recordTypes), theirs: types(other.recordTypes) },
    {
      label: 'Connector records to the cloud',
      mine: `Access ${yes(mine.connectorToCloud.access)}, Authorisation ${yes(mine.connectorToCloud.authorisation)}`,
      theirs: `Access ${yes(other.connectorToCloud.access)}, Authorisation ${yes(other.connectorToCloud.authorisation)}`,
    },
    { label: 'Enabled', mine: yes(mine.enabled), theirs: yes(other.enabled) },
    { label: 'Authentication', mine: describeAuth(mine), theirs: describeAuth(other) },
    {
      label: 'Secret',
      mine: describeSecret({ authType: mine.authType, secret: mySecret }),
      theirs: describeSecret({ authType: other.authType, secret: theirs.secretSet ? 'set' : 'not set' }),
    },
  ];
}
