import type { Query } from '../../../src/api/query';
import { streamContracts, type AuditRecord, type StreamName } from '../../../src/api/streams';
import { ARRIVAL_GRACE_MS, TAIL_LIMIT } from '../../engine/tail';
import { compileWhere } from '../compile';
import type { ClickHouseDb } from '../db';
import { sqlInteger } from '../literal';
import { recordOfDoc, searchAll, type ChSearch } from '../search';
import { chTables } from '../tables';

/**
 * The records after `after` that match, newest first, complete up to `until`: the SQL store's
 * tail (server/sql/store/tail.ts), read from the Distributed table.
 */
export async function chTail(
  db: ClickHouseDb,
  stream: StreamName,
  query: Query,
  after: number,
  now: number,
): Promise<{ items: AuditRecord[]; until: number }> {
  const table = chTables[stream];
  const until = Math.max(after, now - 1);
  const window = (desc: boolean): ChSearch => ({
    query,
    from: after + 1,
    to: until,
    sort: { field: table.sql.timeField, desc },
  });
  const late = await db.rows<{ doc: string }>(
    `SELECT doc FROM ${table.name}
      WHERE isNotNull(arrived_ms) AND ifNull(arrived_ms > ${sqlInteger(after - ARRIVAL_GRACE_MS)}, 0)
        AND ifNull(arrived_ms <= ${sqlInteger(until)}, 0) AND time_ms <= ${sqlInteger(after)}
        AND ${compileWhere(query, table)}
      ORDER BY time_ms DESC, id DESC LIMIT ${sqlInteger(TAIL_LIMIT)}`,
  );
  const result = await timeWindow();
  return { items: [...result.items, ...late.map((r) => recordOfDoc(r.doc))], until: result.until };

  async function timeWindow(): Promise<{ items: AuditRecord[]; until: number }> {
    // the oldest TAIL_LIMIT + 1: the one past the limit says where to cut
    const oldest = await searchAll(db, table, window(false), TAIL_LIMIT + 1);
    if (oldest.length <= TAIL_LIMIT) return { items: oldest.reverse(), until };
    const timeOf = (r: AuditRecord) => Date.parse(String(r[streamContracts[stream].timeField]));
    const boundary = timeOf(oldest[TAIL_LIMIT] as AuditRecord);
    const kept = oldest.filter((r) => timeOf(r) < boundary);
    if (kept.length > 0) return { items: kept.reverse(), until: boundary - 1 };
    // more than the limit at one instant: there is no cut between two instants, so all of them
    return { items: await searchAll(db, table, window(true)), until };
  }
}
