import { checkDestinationUrl } from '../../../src/api/destinationUrl';
import { destinationInputSchema } from '../../../src/api/schemas/destinations';
import { sameJson, type JsonObject } from '../../engine/changes';
import { publicDestination, type StoredDestination } from '../../engine/destinations';
import { fieldError, fieldErrors } from '../requestBody';

/** What the audit trail shows of a destination: its settings, never its secret. */
export function auditView(stored: StoredDestination): JsonObject {
  const shown = publicDestination(stored, '', null);
  return {
    name: shown.name,
    type: shown.type,
    url: shown.url,
    path: shown.path,
    recordTypes: shown.recordTypes,
    connectorToCloud: shown.connectorToCloud,
    enabled: shown.enabled,
    auth: shown.auth,
    secretSet: shown.secretSet,
    secretUpdatedAt: shown.secretUpdatedAt,
  };
}

const SECRET_NAMES = {
  none: 'secret',
  basic: 'password',
  bearer: 'token',
  header: "header's value",
} as const;

/**
 * Applies a write to the stored destination. The secret is write-only: left out, it stays
 * (unless the kind of authentication changed, which makes it meaningless); null clears it.
 */
export function applyWrite(
  body: unknown,
  before: StoredDestination | undefined,
  id: string,
): StoredDestination | Response {
  const parsed = destinationInputSchema.safeParse(body);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { secret: sent, ...input } = parsed.data;
  const now = new Date().toISOString();
  const authType = input.type === 'file' ? 'none' : input.auth.type;
  const kept = before && before.auth.type === authType ? before.secret : null;
  if (sent === '') return fieldError('secret', `Enter the ${SECRET_NAMES[authType]}.`);
  let secret = sent === undefined ? kept : sent;
  if (authType === 'none') secret = null;
  if ((authType === 'bearer' || authType === 'header') && secret === null)
    return fieldError(
      'secret',
      `${authType === 'bearer' ? 'A bearer token' : "The header's value"} is required; enter one, or choose No authentication.`,
    );
  const replaced = secret !== null && secret !== (before?.secret ?? null);
  return {
    id,
    name: input.name,
    type: input.type,
    url: input.type === 'webhook' ? storedUrl(input.url ?? '') : null,
    path: input.type === 'file' ? (input.path?.trim() ?? null) : null,
    recordTypes: [...new Set(input.recordTypes)],
    connectorToCloud: input.connectorToCloud,
    enabled: input.enabled,
    auth: {
      type: authType,
      username: authType === 'basic' ? (input.auth.username?.trim() ?? null) : null,
      headerName: authType === 'header' ? (input.auth.headerName?.trim() ?? null) : null,
    },
    secret,
    secretSet: secret !== null,
    secretUpdatedAt: replaced ? now : secret === null ? null : (before?.secretUpdatedAt ?? null),
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

/** The URL as parsed (an IDN host in punycode, `xn--…`), never as typed: see src/api/punycode.ts. */
function storedUrl(typed: string): string {
  const check = checkDestinationUrl(typed);
  return check.ok ? check.url : typed;
}

export function sameSettings(a: StoredDestination, b: StoredDestination): boolean {
  return sameJson(auditView(a), auditView(b)) && a.secret === b.secret;
}
