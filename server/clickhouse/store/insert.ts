import type { StreamName } from '../../../src/api/streams';
import type { ClickHouseDb } from '../db';
import { sqlStringTuple } from '../literal';
import { toChRow } from '../row';
import { chTables } from '../tables';

/** Ids asked about per statement. */
const IDS_PER_LOOKUP = 5000;

/**
 * Adds the records whose ids are not stored yet. ReplacingMergeTree would merge a second copy
 * away only eventually, so a known id is refused here, at ingest: a retried batch (after a
 * timeout, or after a shard was down halfway through it) stores exactly what is still missing.
 * One insert per stream at a time in this server, so two batches with one id cannot both pass
 * the check; another server racing it leaves a duplicate that the merge removes later.
 * Every record is checked before any is sent, so a record the table cannot hold stores none.
 */
export function recordInserter(db: ClickHouseDb) {
  const queues = new Map<StreamName, Promise<unknown>>();

  async function insertNow(
    stream: StreamName,
    records: readonly Readonly<Record<string, unknown>>[],
    arrived: number | null,
  ): Promise<number> {
    const table = chTables[stream];
    const rows = new Map<string, Record<string, unknown>>();
    for (const record of records) {
      const row = toChRow(table, record, arrived);
      const id = String(row.id);
      if (!rows.has(id)) rows.set(id, row);
    }
    const ids = [...rows.keys()];
    for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
      const found = await db.rows<{ id: string }>(
        `SELECT id FROM ${table.name} WHERE id IN ${sqlStringTuple(ids.slice(start, start + IDS_PER_LOOKUP))}`,
      );
      for (const { id } of found) rows.delete(id);
    }
    await db.insert(table.name, [...rows.values()]);
    return rows.size;
  }

  return (
    stream: StreamName,
    records: readonly Readonly<Record<string, unknown>>[],
    arrived: number | null = null,
  ): Promise<number> => {
    const previous = queues.get(stream) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => insertNow(stream, records, arrived));
    queues.set(stream, next);
    return next;
  };
}
