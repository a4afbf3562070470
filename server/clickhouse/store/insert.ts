import type { StreamName } from '../../../src/api/streams';
import type { ClickHouseDb } from '../db';
import { sqlInteger, sqlStringTuple } from '../literal';
import { toChRow, type ChRow } from '../row';
import { chTables } from '../tables';

/** Ids asked about per statement. */
const IDS_PER_LOOKUP = 5000;

/**
 * Adds the records that are not stored yet. ReplacingMergeTree would merge a second copy away
 * only eventually, so a known record is refused here, at ingest: a retried batch (after a
 * timeout, or after a shard was down halfway through it) stores exactly what is still missing.
 *
 * A record is known by its id and its time, as the table is ordered: the lookup names the
 * batch's span of time beside its ids, so the primary index reads the few granules of that
 * span instead of every id of the stream (at 2.5 million records a stream, a scan of the id
 * column for every batch made the check cost more than the insert). A sender that sends one
 * unique_id again with another time stores both, as ReplacingMergeTree would keep both.
 *
 * Rows are built before a batch takes its turn, so the next batch's rows are made while this
 * one is on its way to the cluster. One insert per stream at a time in this server, so two
 * batches with one record cannot both pass the check; another server racing it leaves a
 * duplicate that the merge removes later. Every record is checked before any is sent, so a
 * record the table cannot hold stores none.
 */
export function recordInserter(db: ClickHouseDb) {
  const queues = new Map<StreamName, Promise<unknown>>();

  async function insertNow(stream: StreamName, rows: Map<string, ChRow>): Promise<number> {
    const table = chTables[stream];
    const all = [...rows.values()];
    for (let start = 0; start < all.length; start += IDS_PER_LOOKUP) {
      const part = all.slice(start, start + IDS_PER_LOOKUP);
      let from = Infinity;
      let to = -Infinity;
      for (const row of part) {
        from = Math.min(from, row.timeMs);
        to = Math.max(to, row.timeMs);
      }
      const span = `time_ms >= ${sqlInteger(from)} AND time_ms <= ${sqlInteger(to)}`;
      // the primary index alone answers this; a span nothing is stored in (a load in time
      // order, a sender catching up) needs no list of ids parsed and matched on every shard
      const [stored] = await db.rows<{ n: string }>(`SELECT count() AS n FROM ${table.name} WHERE ${span}`);
      if (Number(stored?.n ?? 0) === 0) continue;
      const found = await db.rows<{ id: string; t: string }>(
        `SELECT id, toString(time_ms) AS t FROM ${table.name}
          WHERE ${span} AND id IN ${sqlStringTuple(part.map((row) => row.id))}`,
      );
      for (const { id, t } of found) if (rows.get(id)?.timeMs === Number(t)) rows.delete(id);
    }
    await db.insert(
      table.name,
      table.columns.map((column) => column.name),
      [...rows.values()].map((row) => row.line),
    );
    return rows.size;
  }

  return (
    stream: StreamName,
    records: readonly Readonly<Record<string, unknown>>[],
    arrived: number | null = null,
  ): Promise<number> => {
    const table = chTables[stream];
    const rows = new Map<string, ChRow>();
    try {
      for (const record of records) {
        const row = toChRow(table, record, arrived);
        if (!rows.has(row.id)) rows.set(row.id, row);
      }
    } catch (error) {
      return Promise.reject(error as Error);
    }
    const previous = queues.get(stream) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => insertNow(stream, rows));
    queues.set(stream, next);
    return next;
  };
}
