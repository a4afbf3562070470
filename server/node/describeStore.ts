import type { StoreConfig } from './config';

/** Where the data is, for the start-up log: never the user or password of a DATABASE_URL. */
export function describeStore(config: StoreConfig): Record<string, string> {
  if (config.kind === 'pglite') return { store: 'PGlite', dataDir: config.dataDir };
  const url = new URL(config.databaseUrl);
  return { store: 'PostgreSQL', database: `${url.host}${url.pathname}` };
}
