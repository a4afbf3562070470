/**
 * A real PostgreSQL (DATABASE_URL) as the store's SqlDb: a pool of connections, each
 * transaction on one connection of it.
 */
import pg from 'pg';
import type { SqlDb, SqlExecutor, SqlResult } from './db';
import { migrate } from './migrate';
import { loadMigrations } from './migrations';

interface Queryable {
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

function executor(target: Queryable): SqlExecutor {
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<SqlResult<T>> {
      const result = await target.query(sql, params);
      return { rows: result.rows as T[], affectedRows: result.rowCount ?? 0 };
    },
    // without parameters pg sends the simple query protocol, which runs several statements
    exec: (sql) => target.query(sql),
  };
}

/** A pool over `databaseUrl`. It does not connect until first used. */
export function postgresDb(databaseUrl: string, options: { max?: number } = {}): SqlDb {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 10 });
  // An idle connection the server dropped (a restart, a failover) is reported here; without a
  // listener Node would end the process. The pool replaces it, and the next query reconnects.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  return {
    ...executor(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // a connection whose ROLLBACK failed is in an unknown state: the pool must not reuse it
        await client.query('ROLLBACK').catch((e: unknown) => {
          broken = e instanceof Error ? e : new Error(String(e));
        });
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** A pool over `databaseUrl`, its schema at the latest version. */
export async function openPostgres(databaseUrl: string): Promise<SqlDb> {
  const db = postgresDb(databaseUrl);
  try {
    await migrate(db, loadMigrations());
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
