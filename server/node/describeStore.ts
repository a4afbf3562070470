import type { RecordsConfig, StoreConfig } from './config';

/** Where the data is, for the start-up log: never the user or password of a DATABASE_URL or CLICKHOUSE_URL. */
export function describeStore(
  config: StoreConfig,
  records: RecordsConfig | null = null,
): Record<string, string> {
  const settings: Record<string, string> =
    config.kind === 'pglite'
      ? { store: 'PGlite', dataDir: config.dataDir }
      : {
          store: 'PostgreSQL',
          database: `${new URL(config.databaseUrl).host}${new URL(config.databaseUrl).pathname}`,
        };
  if (records === null) return settings;
  return {
    ...settings,
    records: 'ClickHouse',
    shards: records.urls.map((url) => new URL(url).host).join(', '),
    cluster: records.cluster,
    clickhouseDatabase: records.database,
  };
}
