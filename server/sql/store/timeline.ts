import type { TimelineKey } from '../../../src/api/schemas/timeline';
import { streamContracts, type AuditRecord, type StreamName } from '../../../src/api/streams';
import type { TimelineEntry } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { fold } from '../fold';
import { SqlParams } from '../params';
import { streamTables } from '../tables';
import { recordOf } from './recordSearch';

const REQUEST_STREAMS = ['authorisation', 'access', 'activity'] as const;

interface Linked {
  stream: StreamName;
  record: AuditRecord;
}

/**
 * Every record tied to a trace, session, token or request, oldest first: the joins of the
 * memory store's Links (server/engine/links.ts), step for step, each step an indexed lookup
 * (migration 003). A lookup reads at most `limit + 1` records, the oldest: more could not
 * change which `limit` records are the oldest of all, only that the answer is cut short.
 */
export async function sqlTimeline(
  db: SqlExecutor,
  key: TimelineKey,
  value: string,
  limit: number,
): Promise<{ items: TimelineEntry[]; truncated: boolean }> {
  const lookup = (stream: StreamName, field: string, v: string) =>
    lookupRecords(db, stream, field, v, limit + 1);
  const found = new Map<string, Linked>();
  const add = (stream: StreamName, records: readonly AuditRecord[]) => {
    for (const record of records) found.set(`${stream}/${record.id}`, { stream, record });
  };
  const tokens = new Set<string>();
  const traces = new Set<string>();

  if (key === 'trace_id') traces.add(value);
  if (key === 'session')
    for (const r of await lookup('authentication', 'session', value)) traces.add(String(r.trace_id));
  if (key === 'token') tokens.add(value);
  if (key === 'request_id') {
    for (const stream of REQUEST_STREAMS) {
      const records = await lookup(stream, 'request_id', value);
      add(stream, records);
      for (const r of records) if (typeof r.jti === 'string' && r.jti) tokens.add(r.jti);
    }
  }
  // the login pipeline that issued a token
  for (const token of tokens)
    for (const r of await lookup('authentication', 'token_id', token)) traces.add(String(r.trace_id));
  for (const trace of traces) {
    const stages = await lookup('authentication', 'trace_id', trace);
    add('authentication', stages);
    for (const r of stages) if (typeof r.token_id === 'string' && r.token_id) tokens.add(r.token_id);
  }
  if (key === 'session') add('authentication', await lookup('authentication', 'session', value));
  if (key !== 'request_id') {
    for (const token of tokens) {
      add('authentication', await lookup('authentication', 'token_id', token));
      for (const stream of REQUEST_STREAMS) add(stream, await lookup(stream, 'jti', token));
    }
  }
  const time = (l: Linked) => String(l.record[streamContracts[l.stream].timeField]);
  // stable: records of one instant keep the order they were found in, as in memory
  const linked = [...found.values()].sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
  return {
    items: linked.slice(0, limit).map((l) => ({ stream: l.stream, time: time(l), record: l.record })),
    truncated: linked.length > limit,
  };
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
