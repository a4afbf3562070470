import type { StreamName } from '../../../src/api/streams';
import type { ClickHouseDb } from '../db';
import { sqlInteger, sqlString } from '../literal';
import { monthOf } from '../row';
import { chTables } from '../tables';

const MUTATION_POLL_MS = 100;
const MUTATION_TIMEOUT_MS = 600_000;

/** time_ms holds whole milliseconds: older than `cutoff` is older than its ceiling. */
const bound = (cutoff: number): number => Math.ceil(cutoff);

export async function chCountOlderThan(
  db: ClickHouseDb,
  stream: StreamName,
  cutoff: number,
): Promise<number> {
  const [row] = await db.rows<{ n: string }>(
    `SELECT count() AS n FROM ${chTables[stream].name} WHERE time_ms < ${sqlInteger(bound(cutoff))}`,
  );
  return Number(row?.n ?? 0);
}

/**
 * Retention on every shard: the months wholly older than the cutoff go as partitions (a file
 * operation, however many records), the older part of the cutoff's own month by ALTER DELETE,
 * waited for, so that what resolves is gone. Resolves to how many records were dropped, counted
 * first (a shard that is down fails the count, and so drops nothing anywhere).
 */
export async function chDropOlderThan(db: ClickHouseDb, stream: StreamName, cutoff: number): Promise<number> {
  const dropped = await chCountOlderThan(db, stream, cutoff);
  if (dropped === 0) return 0;
  const table = chTables[stream];
  const month = monthOf(bound(cutoff));
  await Promise.all(
    db.config.urls.map(async (_, shard) => {
      const parts = await db.shardRows<{ partition: string }>(
        `SELECT DISTINCT partition FROM system.parts
          WHERE database = ${sqlString(db.config.database)} AND table = ${sqlString(table.local)} AND active`,
        shard,
      );
      for (const { partition } of parts)
        if (Number(partition) < month)
          await db.command(
            `ALTER TABLE ${table.local} DROP PARTITION ${sqlInteger(Number(partition))}`,
            shard,
          );
      const [left] = await db.shardRows<{ n: string }>(
        `SELECT count() AS n FROM ${table.local} WHERE time_ms < ${sqlInteger(bound(cutoff))}`,
        shard,
      );
      if (Number(left?.n ?? 0) === 0) return;
      await db.command(
        `ALTER TABLE ${table.local} DELETE WHERE time_ms < ${sqlInteger(bound(cutoff))}`,
        shard,
      );
      await mutationsDone(db, table.local, shard);
    }),
  );
  return dropped;
}

/** ALTER DELETE is a mutation that runs in the background (18.16 cannot be told to wait). */
async function mutationsDone(db: ClickHouseDb, table: string, shard: number): Promise<void> {
  const deadline = Date.now() + MUTATION_TIMEOUT_MS;
  for (;;) {
    const [row] = await db.shardRows<{ n: string }>(
      `SELECT count() AS n FROM system.mutations
        WHERE database = ${sqlString(db.config.database)} AND table = ${sqlString(table)} AND is_done = 0`,
      shard,
    );
    if (Number(row?.n ?? 0) === 0) return;
    if (Date.now() > deadline)
      throw new Error(`The deletion in ${table} on shard ${shard + 1} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, MUTATION_POLL_MS));
  }
}
