import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { loadMigrations, migration } from './migrations';

describe('migrate', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  }, 120_000);
  afterAll(() => db.close());

  const first = migration(1, 'first', 'CREATE TABLE one (x int);');
  const second = migration(2, 'second', 'CREATE TABLE two (x int); INSERT INTO two VALUES (1);');

  async function tables(): Promise<string[]> {
    const { rows } = await db.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    return rows.map((r) => r.tablename);
  }

  it('applies each migration once and records its version', async () => {
    expect(await migrate(db, [first, second])).toEqual([1, 2]);
    expect(await migrate(db, [first, second])).toEqual([]);
    const { rows } = await db.query<{ version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    );
    expect(rows).toEqual([
      { version: 1, name: 'first' },
      { version: 2, name: 'second' },
    ]);
  });

  it('leaves nothing of a migration that fails', async () => {
    const failing = migration(3, 'failing', 'CREATE TABLE three (x int); SELECT 1 / 0;');
    await expect(migrate(db, [first, second, failing])).rejects.toThrow(/division by zero/);
    expect(await tables()).toEqual(['one', 'schema_migrations', 'two']);
  });

  it('refuses a migration edited after it was applied', async () => {
    const edited = migration(2, 'second', 'CREATE TABLE two (x bigint);');
    await expect(migrate(db, [first, edited])).rejects.toThrow(/edited after it was applied/);
  });

  it('refuses a database newer than the server', async () => {
    await expect(migrate(db, [first])).rejects.toThrow(/newer/);
  });

  it('reads the versioned files in order', () => {
    const files = loadMigrations();
    expect(files.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
    expect(files[0]?.name).toBe('records');
  });
});
