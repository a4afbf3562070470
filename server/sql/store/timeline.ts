import type { TimelineKey } from '../../../src/api/schemas/timeline';
import type { AuditRecord, StreamName } from '../../../src/api/streams';
import { timelineOf, walkLinks } from '../../engine/linkWalk';
import type { TimelineEntry } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { fold } from '../fold';
import { SqlParams } from '../params';
import { streamTables } from '../tables';
import { recordOf } from './recordSearch';

/**
 * Every record tied to a trace, session, token or request, oldest first: the same walk as the
 * memory store's (server/engine/linkWalk.ts), each step an indexed lookup (migration 003). A
 * lookup reads at most `limit + 1` records, the oldest: more could not change which `limit`
 * records are the oldest of all, only that the answer is cut short.
 */
export async function sqlTimeline(
  db: SqlExecutor,
  key: TimelineKey,
  value: string,
  limit: number,
): Promise<{ items: TimelineEntry[]; truncated: boolean }> {
  const lookup = (stream: StreamName, field: string, v: string) =>
    lookupRecords(db, stream, field, v, limit + 1);
  return timelineOf(await walkLinks(key, value, lookup), limit);
}

/**
 * The records whose `field` is exactly the string `value` (the folded column finds them by
 * index, the document tells case, and a number from its text, apart), oldest first; records of one instant in the memory store's
 * order for them (newest first there, ties by id descending here, as server/sql/sort.ts).
 */
async function lookupRecords(
  db: SqlExecutor,
  stream: StreamName,
  field: string,
  value: string,
  limit: number,
): Promise<AuditRecord[]> {
  // memory indexes no empty value; NUL is in no stored text and no parameter
  if (value === '' || value.includes('\0')) return [];
  const table = streamTables[stream];
  const storage = table.fields.get(field);
  if (storage?.kind !== 'folded' || storage.list)
    throw new Error(`${stream} has no keyword field "${field}"`);
  const params = new SqlParams();
  const name = params.add(field, 'text');
  const { rows } = await db.query<{ doc: unknown }>(
    `SELECT doc FROM ${table.name}
      WHERE ${storage.column} = ${params.add(fold(value), 'text')}
        AND doc->${name} = to_jsonb(${params.add(value, 'text')})
      ORDER BY time_ms ASC, id DESC LIMIT ${params.add(limit, 'int')}`,
    params.values,
  );
  return rows.map(recordOf);
}
