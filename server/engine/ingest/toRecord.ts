import type { z } from 'zod';
import { parseTimeLiteral } from '../../../src/api/query/time';
import type { IngestEnvelope } from '../../../src/api/schemas/ingest';
import { streamContracts, type AuditRecord, type StreamName } from '../../../src/api/streams';
import { withSenderDefaults } from '../../../src/api/streams/senderDefaults';
import { changedPaths, type Json } from '../changes';
import { fromAuthentik } from './fromAuthentik';
import { streamOf } from './streamOf';

export type Mapped =
  | { ok: true; stream: StreamName; record: AuditRecord }
  | { ok: false; stream: StreamName | null; reason: string };

/** Longer ids are refused: an id is a link's text and a primary key, not a payload. */
const MAX_ID = 200;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Keys the envelope adds to every record: the sender's own times, as sent. */
const CREATE_TIME = 'create_time';

/**
 * One event of a batch as a record of its stream, or why it cannot be one. The record is the
 * event's fields checked against the stream's schema (fields the stream does not know are
 * kept as they are; fields a stage may lack are null), its id the envelope's `unique_id`, its
 * time field the instant to the millisecond (what search, sort and ranges use). What the
 * sender wrote is kept beside: `create_time`, and `<time field>_as_sent` when it had more
 * precision than a millisecond.
 */
export function toRecord(envelope: IngestEnvelope): Mapped {
  const recognised = streamOf(envelope.event);
  if ('reason' in recognised) return { ok: false, stream: recognised.stream, reason: recognised.reason };
  const { stream } = recognised;
  const fail = (reason: string): Mapped => ({ ok: false, stream, reason });
  const contract = streamContracts[stream];

  const id = envelope.unique_id;
  if (id.trim() === '') return fail('unique_id is empty');
  if (id.length > MAX_ID) return fail(`unique_id is longer than ${MAX_ID} characters`);

  const fields: Record<string, unknown> =
    recognised.shape === 'authentik' ? fromAuthentik(envelope.event) : { ...envelope.event };
  // which stream it is, not a field of the record
  delete fields.log_type;
  const sentTime = fields[contract.timeField] ?? envelope.create_time;
  if (typeof sentTime !== 'string') return fail(`${contract.timeField} is not a string`);
  const instant = parseTimeLiteral(sentTime);
  if (instant === undefined || !/[Tt]\d{2}:\d{2}/.test(sentTime))
    return fail(`${contract.timeField} ${JSON.stringify(sentTime)} is not an RFC 3339 date and time`);
  if (!instant.zoned)
    return fail(`${contract.timeField} ${JSON.stringify(sentTime)} has no time zone (add Z or an offset)`);
  if (parseTimeLiteral(envelope.create_time)?.zoned !== true)
    return fail(`create_time ${JSON.stringify(envelope.create_time)} is not an RFC 3339 instant with a zone`);
  const time = new Date(instant.start).toISOString();

  const draft = withSenderDefaults(stream, { ...fields, id, [contract.timeField]: time });
  if (stream === 'activity' && draft.changed === undefined) draft.changed = activityChanges(draft);
  const checked = contract.schema.safeParse(draft, { reportInput: true });
  if (!checked.success) {
    const missing = checked.error.issues.filter((i) => i.input === undefined).map((i) => i.path.join('.'));
    const wrong = checked.error.issues.filter((i) => i.input !== undefined).map(describeIssue);
    const parts = [
      ...wrong.slice(0, 3),
      ...(missing.length
        ? [`missing ${missing.length === 1 ? 'field' : 'fields'} ${missing.join(', ')}`]
        : []),
    ];
    const more = wrong.length - Math.min(wrong.length, 3);
    return fail(`${parts.join('; ')}${more > 0 ? ` (and ${more} more)` : ''}`);
  }
  const record: Record<string, unknown> = { ...draft, ...checked.data };
  if (!(CREATE_TIME in record)) record[CREATE_TIME] = envelope.create_time;
  if (sentTime !== time) record[`${contract.timeField}_as_sent`] = sentTime;
  const unstorable = unstorableText(record);
  if (unstorable) return fail(unstorable);
  return { ok: true, stream, record: record as AuditRecord };
}

/**
 * `allowed: expected boolean, got string`: the field, what the stream takes, the kind that
 * came, without the value, so that the quarantine's reasons group alike events together.
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.join('.') || 'event';
  const input: unknown = issue.input;
  const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
  if (issue.code === 'invalid_type') return `${where}: expected ${issue.expected}, got ${kind}`;
  return `${where}: ${issue.message}`;
}

/** An audit-log row that does not list its changed fields: the paths where its old and new values differ. */
function activityChanges(draft: Readonly<Record<string, unknown>>): string[] {
  const before = draft.old_value_full as Json | undefined;
  const after = draft.new_value_full as Json | undefined;
  if (before == null && after == null) return typeof draft.attribute === 'string' ? [draft.attribute] : [];
  return changedPaths(before ?? undefined, after ?? undefined);
}

/** A database's text holds neither NUL nor half a surrogate pair: such an event is kept in quarantine instead. */
function unstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') {
    if (value.includes('\0')) return `${path || 'a value'} holds a NUL character`;
    if (LONE_SURROGATE.test(value)) return `${path || 'a value'} holds half a UTF-16 surrogate pair`;
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = unstorableText(key, path) ?? unstorableText(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}
