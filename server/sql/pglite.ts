/**
 * The embedded database the server uses unless DATABASE_URL names a real one: PGlite (Postgres
 * compiled to WASM), with pg_trgm, which PGlite ships as a separate extension bundle and the
 * schema's trigram indexes need.
 */
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { migrate } from './migrate';
import { loadMigrations } from './migrations';

/** In memory when `dataDir` is not given (tests). */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  const db = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), extensions: { pg_trgm } });
  await migrate(db, loadMigrations());
  return db;
}
