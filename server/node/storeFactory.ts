import type { openClickHouseStore } from '../clickhouse/openStore';
import type { RecordsConfig, StoreConfig } from './config';
import type { StoreFactory } from './hostStore';
import type { openSqlStore } from '../sql/openStore';

type OpenSqlStore = typeof openSqlStore;
type OpenClickHouseStore = typeof openClickHouseStore;

/**
 * The production store: PostgreSQL when DATABASE_URL names one, otherwise PGlite (embedded
 * Postgres) in DATA_DIR. Both are the SQL store; only where its data lives differs.
 */
export function sqlStoreFactory(config: StoreConfig, open: OpenSqlStore): StoreFactory {
  return () =>
    open(config.kind === 'postgres' ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}

/**
 * Records on ClickHouse when CLICKHOUSE_URL names a cluster, settings in the SQL store (whose
 * own record tables then stay empty); otherwise the SQL store alone.
 */
export function hostStoreFactory(
  config: { store: StoreConfig; records: RecordsConfig | null },
  open: { sql: OpenSqlStore; clickhouse: OpenClickHouseStore },
): StoreFactory {
  const settings = sqlStoreFactory(config.store, open.sql);
  const records = config.records;
  if (records === null) return settings;
  return async () => {
    const sql = await settings();
    try {
      return await open.clickhouse(records, sql);
    } catch (error) {
      await sql.close();
      throw error;
    }
  };
}
