import type { Query } from '../../../src/api/query';
import { streamContracts, type AuditRecord, type StreamName } from '../../../src/api/streams';
import { ARRIVAL_GRACE_MS, TAIL_LIMIT } from '../../engine/tail';
import { compileWhere } from '../compile';
import { SqlParams } from '../params';
import type { SqlExecutor } from '../db';
import { searchStatement, type SearchRequest, type SearchRow } from '../search';
import { streamTables } from '../tables';
import { recordOf } from './recordSearch';

/**
 * The records after `after` that match, newest first, complete up to `until` (the memory
 * store's tailWindow): complete up to a millisecond before `now`, and when more than
 * TAIL_LIMIT arrived, the oldest of them up to an instant, so the next poll starts exactly there.
 */
export async function sqlTail(
  db: SqlExecutor,
  stream: StreamName,
  query: Query,
  after: number,
  now: number,
): Promise<{ items: AuditRecord[]; until: number }> {
  const table = streamTables[stream];
  const until = Math.max(after, now - 1);
  const window = (desc: boolean): SearchRequest => ({
    query,
    from: after + 1,
    to: until,
    sort: { field: table.timeField, desc },
  });
  const late = await rowsOf(db, lateArrivals(stream, query, after, until));
  const result = await timeWindow();
  return { items: [...result.items, ...late], until: result.until };

  async function timeWindow(): Promise<{ items: AuditRecord[]; until: number }> {
    // the oldest TAIL_LIMIT + 1: the one past the limit says where to cut
    const oldest = await rowsOf(db, searchStatement(table, window(false), { limit: TAIL_LIMIT + 1 }));
    if (oldest.length <= TAIL_LIMIT) return { items: oldest.reverse(), until };
    const timeOf = (r: AuditRecord) => Date.parse(String(r[streamContracts[stream].timeField]));
    const boundary = timeOf(oldest[TAIL_LIMIT] as AuditRecord);
    const kept = oldest.filter((r) => timeOf(r) < boundary);
    if (kept.length > 0) return { items: kept.reverse(), until: boundary - 1 };
    // more than the limit at one instant: there is no cut between two instants, so all of them
    return { items: await rowsOf(db, searchStatement(table, window(true))), until };
  }
}

/** Ingested records that arrived in the window with times before it, which the time window misses. */
function lateArrivals(stream: StreamName, query: Query, after: number, until: number) {
  const table = streamTables[stream];
  const params = new SqlParams();
  const sql =
    `SELECT id, time_ms, time_ms AS sort_key, doc FROM ${table.name}` +
    ` WHERE arrived_ms IS NOT NULL AND arrived_ms > ${params.add(after - ARRIVAL_GRACE_MS, 'bigint')}` +
    ` AND arrived_ms <= ${params.add(until, 'bigint')} AND time_ms <= ${params.add(after, 'bigint')}` +
    ` AND ${compileWhere(query, table, params)}` +
    ` ORDER BY time_ms DESC, id DESC LIMIT ${params.add(TAIL_LIMIT, 'int')}`;
  return { sql, params: params.values };
}

async function rowsOf(db: SqlExecutor, s: { sql: string; params: unknown[] }): Promise<AuditRecord[]> {
  const { rows } = await db.query<SearchRow>(s.sql, s.params);
  return rows.map(recordOf);
}
