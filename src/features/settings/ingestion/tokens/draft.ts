import { ingestTokenInputSchema, type IngestTokenInput } from '../../../../api/schemas/ingest';
import type { RecordType } from '../../../../api/schemas/recordTypes';
import type { TimeZoneChoice } from '../../../../lib/preferences';

/** The create form as typed: `expires` is a datetime-local value ("2027-01-31T18:00"), or empty. */
export interface TokenDraft {
  name: string;
  streams: RecordType[];
  expires: string;
}

export const EMPTY_DRAFT: TokenDraft = { name: '', streams: [], expires: '' };

/** Messages by the API's field names, so that the form's and the server's land on the same fields. */
export type FieldErrors = Partial<Record<'name' | 'streams' | 'expiresAt', string>>;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A datetime-local value as an instant: in UTC or in local time, as the app bar's switch shows
 * times. A date that does not exist (30 February) is refused, not rolled over into March.
 */
export function wallTimeToIso(value: string, zone: TimeZoneChoice): string | null {
  const parts = WALL_TIME.exec(value)
    ?.slice(1)
    .map((p) => Number(p ?? 0));
  if (!parts) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = parts;
  const date = zone === 'utc' ? new Date(Date.UTC(y, mo - 1, d, h, mi, s)) : new Date(y, mo - 1, d, h, mi, s);
  const utc = zone === 'utc';
  const back = [
    utc ? date.getUTCFullYear() : date.getFullYear(),
    (utc ? date.getUTCMonth() : date.getMonth()) + 1,
    utc ? date.getUTCDate() : date.getDate(),
  ];
  return back.join() === [y, mo, d].join() ? date.toISOString() : null;
}

/** The request a draft makes, or the errors to show at its fields: the API's own schema, and an expiry to come. */
export function inputFrom(
  draft: TokenDraft,
  zone: TimeZoneChoice,
  now: number,
): { input: IngestTokenInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  let expiresAt: string | null = null;
  if (draft.expires.trim() !== '') {
    expiresAt = wallTimeToIso(draft.expires.trim(), zone);
    if (expiresAt === null) errors.expiresAt = 'Enter a date and time.';
    else if (Date.parse(expiresAt) <= now) errors.expiresAt = 'Choose a time in the future, or no expiry.';
  }
  const input = { name: draft.name, streams: draft.streams, expiresAt };
  const parsed = ingestTokenInputSchema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'name' || field === 'streams' || field === 'expiresAt') && !errors[field])
        errors[field] = issue.message;
    }
  if (Object.keys(errors).length > 0) return { errors };
  return { input: parsed.success ? parsed.data : input };
}
