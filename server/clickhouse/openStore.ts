/**
 * The server's store with records on ClickHouse: the records (RecordStore) on the cluster,
 * everything else (settings documents, idempotency keys, sessions, ingest tokens) in the SQL
 * store on PGlite or PostgreSQL, which keeps its own record tables empty.
 */
import type { HostStore } from '../node/hostStore';
import type { SqlStore } from '../sql/openStore';
import { openClickHouse, type ClickHouseConfig } from './db';
import { ensureTables } from './store/schema';
import { clickHouseRecords } from './store/records';

export async function openClickHouseStore(config: ClickHouseConfig, settings: SqlStore): Promise<HostStore> {
  const db = openClickHouse(config);
  try {
    await ensureTables(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const records = clickHouseRecords(db);
  return {
    ...settings,
    ...records,
    async reset() {
      await Promise.all([settings.reset(), records.reset()]);
    },
    async close() {
      await Promise.all([db.close(), settings.close()]);
    },
    sessions: settings.sessions,
    isEmpty: () => records.isEmpty(),
    // ClickHouse merges parts in the background; the settings database may need its upkeep
    maintain: () => settings.maintain(),
  };
}
