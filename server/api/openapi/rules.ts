/**
 * The rules a JSON Schema can't carry, in words. zod's `.refine`/`.superRefine` and the checks
 * routes make after parsing (a field must exist in the stream, `from` not after `to`, names
 * unique) are dropped by every zod → JSON Schema converter, so the document states them here.
 */
import { MAX_URL_LENGTH } from '../../../src/api/destinationUrl';
import { MANAGE_AUDIT_SETTINGS } from '../../../src/api/permissions';
import { MAX_SECRET_LENGTH } from '../../../src/api/schemas/destinations';
import { localTimeColumn } from '../../../src/api/schemas/export';
import { READ_AUDIT_LOGS } from '../../../src/api/schemas/me';
import { MAX_TOKEN_NAME } from '../../../src/api/schemas/ingest';
import { MAX_SAVED_NAME } from '../../../src/api/schemas/savedSearches';
import { FOREVER, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../../src/api/schemas/retention';
import type { AuditRecord, StreamContract } from '../../../src/api/streams';

type Contract = StreamContract<AuditRecord>;
const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

/** The refine of `from`/`to` in `src/api/schemas/search.ts` (parseTimeBound). */
const TIME_BOUND =
  'An ISO 8601 date or instant (`2026-11-01`, `2026-11-01T09:30:00Z`, `2026-11-01T10:30:00+01:00`) ' +
  'or a time relative to now: `now` or `now-<n><unit>` with 1–6 digits and a unit of s, m, h, d or w ' +
  '(`now-15m`, `now-24h`, `now-7d`). Dates that do not exist (`2026-02-30`) and instants outside the ' +
  'years 0000–9999 are refused with 400 naming the parameter.';

export const FROM = `Start of the range, inclusive. ${TIME_BOUND} Must not be after \`to\` (400 naming \`from\`).`;
export const TO_OPEN = `End of the range, inclusive; absent: no end. ${TIME_BOUND}`;
export const TO_NOW = `End of the range, inclusive; absent: now. ${TIME_BOUND}`;

export const AFTER =
  'An ISO 8601 instant with `Z` or an offset: the records that arrived after it. Poll with the previous ' +
  "answer's `until`, so that polls neither overlap nor leave gaps.";

export const CURSOR =
  "The previous page's `nextCursor`, for the page after it. A cursor this server did " +
  'not issue is refused with 400 naming `cursor`.';

export const TZ =
  'An IANA time zone name such as `Europe/Paris` (anything else: 400 naming `tz`). Adds a column with ' +
  'the record time as ISO 8601 in that zone, with its offset, right after the time column.';

export const HISTOGRAM_TZ =
  'An IANA time zone name such as `Asia/Kolkata` (default `UTC`; anything else: 400 naming `tz`): ' +
  'buckets of a day or more start at its local midnights, shorter ones on its local wall clock ' +
  '(hours at :30 UTC in Asia/Kolkata), so a local day may last 23 or 25 hours and a repeated ' +
  'hour is two buckets; `interval` stays nominal.';

export const BOM = 'CSV only: `true` starts the file with a UTF-8 byte-order mark, for Excel.';

export function queryText(contract: Contract): string {
  const freeText = contract.fields.filter((f) => f.freeText).map((f) => f.name);
  return (
    'A search in the console\'s query language (README, "Query language"): `field:value`, ' +
    '`-field:value`, `field:prefix*`, `field:>n` (also `>=`, `<`, `<=`), quoted values, `OR` (binds ' +
    'tighter than the implied AND) and bare words, which search ' +
    `${list(freeText)}. Fields: ${list(contract.fields.map((f) => f.name))}. ` +
    'A query that does not parse, or names another field, is refused with 400 naming `q`.'
  );
}

export function sortText(contract: Contract): string {
  return (
    `A field to sort by, \`-\` first for descending; one of ${list(contract.sortable)} ` +
    `(another field: 400 naming \`sort\`). Default \`${contract.defaultSort}\`.`
  );
}

export function facetFieldText(contract: Contract): string {
  return (
    `The field whose most frequent values are wanted, case-insensitive: one of ` +
    `${list(contract.fields.map((f) => f.name))} (another: 400 naming \`field\`).`
  );
}

export function columnsText(contract: Contract, fields: readonly string[]): string {
  return (
    `Comma-separated fields to write, in that order; absent: every field. Each of ${list(fields)}, ` +
    'at most once; an unknown, empty or repeated name is refused with 400 naming `columns`. With ' +
    `\`tz\`, \`${localTimeColumn(contract)}\` follows \`${contract.timeField}\`.`
  );
}

export const IF_MATCH =
  "The `ETag` of your last read of the resource (a list row's `etag` is the same value). Without it: " +
  '428; with another version (someone saved since you read): 412. Both answers carry the current ' +
  '`ETag`. `*` is not accepted.';

export const IDEMPOTENCY_KEY =
  'Any string unique to this create, e.g. a UUID. Sending the same key again (a retry, a double click) ' +
  'by the same user answers 201 with the resource the first request made, instead of making a second.';

export const IMPACT_DAYS =
  `Days these records would be kept (${MIN_RETENTION_DAYS}–${MAX_RETENTION_DAYS}), or \`${FOREVER}\`; ` +
  'absent: none would be removed. Anything else: 400 naming the record type.';

export const DESTINATION_INPUT =
  'A destination to create, or the whole of one to replace. `name` is trimmed, 1–100 characters; ' +
  '`recordTypes` has at least one (repeats are dropped). Further rules, each refused with 400 and ' +
  '`errors: [{field, message}]` naming the field:\n' +
  `- \`webhook\`: \`url\` is \`https://\` or \`http://\`, at most ${MAX_URL_LENGTH} characters, without ` +
  'spaces, user name or password, on a public host. Refused: loopback, private, link-local (cloud ' +
  'metadata), CGNAT, multicast, documentation, benchmarking and reserved addresses, IPv4 and IPv6 ' +
  'alike (also IPv4-mapped in every spelling, IPv4-compatible, NAT64 `64:ff9b::/96` and ' +
  '`64:ff9b:1::/48`, 6to4 and Teredo forms, and numeric spellings such as `http://2130706433/` or ' +
  '`http://0x7f.1/`), `localhost`, single-label names and names under `.svc`, `.cluster.local`, ' +
  '`.internal`, `.local`, `.localhost`, `.home.arpa`, `.lan`, `.test` and other special-use names. ' +
  'Stored as parsed: an internationalised host in punycode. ' +
  'Names are not resolved when saving: one that resolves to a private address is not refused here.\n' +
  '- `file`: `path` is absolute (`/var/log/audit/records.json` or `C:\\…`), at most 1,024 characters, ' +
  'without `..` segments; `auth.type` must be `none`.\n' +
  '- Every text field refuses control characters (CR/LF, ESC, C0, DEL, C1), bidirectional controls ' +
  'and invisible characters, the message naming the first (`⟨U+202E⟩`); `auth.username` is at most ' +
  '256 characters and has no `:`, `auth.headerName` at most 128.\n' +
  '- `auth.type` `basic` needs `auth.username`; `header` needs `auth.headerName`: RFC 9110 token ' +
  'characters, not `Host`, `Content-Length`, `Content-Type`, `Transfer-Encoding` or `Connection`.\n' +
  `- \`secret\` (the password, token or header value) is write-only, at most ${MAX_SECRET_LENGTH} ` +
  'characters: left out, the stored one stays (unless `auth.type` changed); `null` clears it; `""` is ' +
  'refused. `bearer` and `header` need a secret, sent now or stored before.';

export const SAVED_SEARCH_INPUT =
  `A saved search to create, or the whole of one to replace. \`name\` is trimmed, 1–${MAX_SAVED_NAME} characters without control, ` +
  'bidirectional or invisible characters, and unique per stream regardless of case (a taken name: 409 naming `name`). `search.q` must parse ' +
  "against the stream's fields and `search.sort` name one of its sortable fields (400 naming " +
  '`search.q` / `search.sort`). `search.from`/`search.to` are stored as given (`now-24h`, an ISO ' +
  'instant, or null for all time); they are not checked until the search is run.';

export const PERMISSIONS = {
  read: `Needs the \`${READ_AUDIT_LOGS}\` permission.`,
  manage: `Needs the \`${READ_AUDIT_LOGS}\` and \`${MANAGE_AUDIT_SETTINGS}\` permissions.`,
} as const;

export const INGEST_TOKEN_INPUT =
  `A token to create. \`name\` is trimmed, 1–${MAX_TOKEN_NAME} characters without control, bidirectional or invisible characters; ` +
  '`streams` has at least one (repeats are dropped); `expiresAt` is an ISO 8601 instant with `Z` ' +
  'or an offset, in the future (400 naming `expiresAt`), or null: never expires.';

export const INGEST_TOKEN_IDEMPOTENCY =
  'The Idempotency-Key already made a token whose secret this server no longer holds (it keeps a ' +
  "new token's secret in memory for 10 minutes, to answer a retry): revoke that token and create another.";
