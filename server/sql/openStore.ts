/**
 * The server's one way to its store: a real PostgreSQL when `databaseUrl` is given, otherwise
 * the embedded PGlite (in `dataDir`, or in memory for a demo that keeps nothing), migrated to
 * the latest schema either way.
 */
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { createSqlStore, type SqlStore } from './store/createSqlStore';

export type { SqlStore } from './store/createSqlStore';

export async function openSqlStore(options: { dataDir?: string; databaseUrl?: string }): Promise<SqlStore> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir);
  try {
    return await createSqlStore(db, { embedded: !options.databaseUrl });
  } catch (error) {
    await db.close();
    throw error;
  }
}
