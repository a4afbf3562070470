import { streamNames } from '../../../src/api/streams';
import type { ClickHouseDb } from '../db';
import { chTables, createStatements } from '../tables';

/** Every stream's tables on every shard (CREATE … IF NOT EXISTS: a restart changes nothing). */
export async function ensureTables(db: ClickHouseDb): Promise<void> {
  const { urls, cluster, database } = db.config;
  await db.ensureDatabase();
  await Promise.all(
    urls.map(async (_, shard) => {
      for (const stream of streamNames)
        for (const sql of createStatements(chTables[stream], cluster, database)) await db.command(sql, shard);
    }),
  );
}

/** No records on any shard. */
export async function truncateAll(db: ClickHouseDb): Promise<void> {
  await Promise.all(
    db.config.urls.map(async (_, shard) => {
      for (const stream of streamNames) await db.command(`TRUNCATE TABLE ${chTables[stream].local}`, shard);
    }),
  );
}

export async function hasNoRecords(db: ClickHouseDb): Promise<boolean> {
  for (const stream of streamNames) {
    const rows = await db.rows(`SELECT 1 FROM ${chTables[stream].name} LIMIT 1`);
    if (rows.length > 0) return false;
  }
  return true;
}
