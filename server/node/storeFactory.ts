import type { StoreConfig } from './config';
import type { StoreFactory } from './hostStore';
import type { openSqlStore } from '../sql/openStore';

type OpenSqlStore = typeof openSqlStore;

/**
 * The production store: PostgreSQL when DATABASE_URL names one, otherwise PGlite (embedded
 * Postgres) in DATA_DIR. Both are the SQL store; only where its data lives differs.
 */
export function sqlStoreFactory(config: StoreConfig, open: OpenSqlStore): StoreFactory {
  return () =>
    open(config.kind === 'postgres' ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}
