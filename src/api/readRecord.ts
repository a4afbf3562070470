import { streamContracts, type AuditRecord, type StreamName } from './streams';
import { withSenderDefaults } from './streams/senderDefaults';

/** Why a record the server sent could not be read, and what it sent. */
export interface Unreadable {
  reason: string;
  raw: unknown;
}

// A side table, not a field: no key a sender may write can make a readable record look unreadable.
const unreadable = new WeakMap<AuditRecord, Unreadable>();

/** Why the row stands for a record that could not be read; undefined for a record that could. */
export function whyUnreadable(record: AuditRecord): Unreadable | undefined {
  return unreadable.get(record);
}

/**
 * One record as the stream's schema reads it, a field a sender may omit read as null. A record
 * that still does not fit comes back as a row holding only its id (or `fallbackId` when it has
 * none), marked with why, so that one bad record never hides the rest of its page.
 */
export function readRecord(stream: StreamName, raw: unknown, fallbackId: string): AuditRecord {
  const given = isObject(raw) ? withSenderDefaults(stream, raw) : raw;
  const parsed = streamContracts[stream].schema.safeParse(given);
  if (parsed.success) return parsed.data;
  const id = isObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : fallbackId;
  const reason = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'record'}: ${issue.message}`)
    .join('; ');
  const more = parsed.error.issues.length - 3;
  const row: AuditRecord = { id };
  unreadable.set(row, { reason: more > 0 ? `${reason} (and ${more} more)` : reason, raw });
  return row;
}

/** A page's records one by one: `where` tells apart the ids of records that have none. */
export function readRecords(stream: StreamName, items: readonly unknown[], where: string): AuditRecord[] {
  return items.map((item, index) => readRecord(stream, item, `unreadable-${where}-${index + 1}`));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
