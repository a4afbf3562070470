/**
 * Brings a database to the latest schema version. Each migration runs in its own transaction
 * with its version row, so a failed one leaves nothing half-applied; an advisory lock lets
 * several server instances start at once without applying anything twice.
 */
import type { SqlDb, SqlExecutor } from './db';
import type { Migration } from './migrations';

// any fixed number: it only has to differ from other advisory locks taken on this database
const MIGRATION_LOCK = 727_110_001;

const CREATE_VERSIONS = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

interface Applied {
  version: number;
  checksum: string;
}

/** Applies the migrations not yet applied; returns their versions. */
export async function migrate(db: SqlDb, migrations: readonly Migration[]): Promise<number[]> {
  await db.transaction(async (tx) => {
    await lock(tx);
    await tx.exec(CREATE_VERSIONS);
  });
  const done: number[] = [];
  for (const m of migrations) {
    const ran = await db.transaction(async (tx) => {
      await lock(tx);
      const applied = await appliedVersions(tx);
      const previous = applied.get(m.version);
      if (previous !== undefined) {
        if (previous !== m.checksum) {
          throw new Error(
            `Migration ${m.version} (${m.name}) was edited after it was applied; add a new one instead`,
          );
        }
        return false;
      }
      await tx.exec(m.sql);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, checksum) VALUES ($1::int, $2::text, $3::text)',
        [m.version, m.name, m.checksum],
      );
      return true;
    });
    if (ran) done.push(m.version);
  }
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...(await appliedVersions(db)).keys()].filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new Error(
      `The database has migrations this server does not know (${unknown.join(', ')}): it is newer`,
    );
  }
  return done;
}

async function lock(tx: SqlExecutor): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
}

async function appliedVersions(db: SqlExecutor): Promise<Map<number, string>> {
  const { rows } = await db.query<Applied>('SELECT version, checksum FROM schema_migrations');
  return new Map(rows.map((r) => [r.version, r.checksum]));
}
