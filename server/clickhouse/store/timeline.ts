import type { TimelineKey } from '../../../src/api/schemas/timeline';
import type { AuditRecord, StreamName } from '../../../src/api/streams';
import { timelineOf, walkLinks } from '../../engine/linkWalk';
import type { TimelineEntry } from '../../engine/types';
import { fold } from '../../sql/fold';
import type { ClickHouseDb } from '../db';
import { sqlInteger, sqlString } from '../literal';
import { recordOfDoc } from '../search';
import { chTables } from '../tables';

/** The memory store's walk (server/engine/linkWalk.ts), each step one lookup on the cluster. */
export async function chTimeline(
  db: ClickHouseDb,
  key: TimelineKey,
  value: string,
  limit: number,
): Promise<{ items: TimelineEntry[]; truncated: boolean }> {
  const lookup = (stream: StreamName, field: string, v: string) =>
    lookupRecords(db, stream, field, v, limit + 1);
  return timelineOf(await walkLinks(key, value, lookup), limit);
}

/**
 * The records whose `field` is exactly the string `value`, oldest first (ties by id descending,
 * as server/sql/sort.ts). The folded column finds them; the written text tells case apart, and
 * the document a number from its text.
 */
async function lookupRecords(
  db: ClickHouseDb,
  stream: StreamName,
  field: string,
  value: string,
  limit: number,
): Promise<AuditRecord[]> {
  // memory indexes no empty value
  if (value === '') return [];
  const table = chTables[stream];
  const storage = table.sql.fields.get(field);
  const raw = table.raw.get(field);
  if (storage?.kind !== 'folded' || storage.list || raw === undefined)
    throw new Error(`${stream} has no keyword field "${field}"`);
  const rows = await db.rows<{ doc: string }>(
    `SELECT doc FROM ${table.name}
      WHERE ${storage.column} = ${sqlString(fold(value))} AND ${raw} = ${sqlString(value)}
      ORDER BY time_ms ASC, id DESC LIMIT ${sqlInteger(limit)}`,
  );
  return rows.map((r) => recordOfDoc(r.doc)).filter((r) => r[field] === value);
}
