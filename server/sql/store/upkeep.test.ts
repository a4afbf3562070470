import { describe, expect, it } from 'vitest';
import type { SqlDb } from '../db';
import { openSqlStore } from '../openStore';
import { upkeep } from './upkeep';

function recordingDb(): { db: SqlDb; execs: string[] } {
  const execs: string[] = [];
  const db = {
    query: async () => ({ rows: [] }),
    exec: async (sql: string) => void execs.push(sql),
    transaction: async () => undefined,
    close: async () => undefined,
  } as unknown as SqlDb;
  return { db, execs };
}

describe('the embedded database upkeep', () => {
  it('checkpoints PGlite every 20,000 inserted rows and on maintain, with statistics', async () => {
    const { db, execs } = recordingDb();
    const care = upkeep(db, true);
    for (let i = 0; i < 19; i++) await care.inserted(1_000);
    expect(execs).toEqual([]);
    await care.inserted(1_000);
    expect(execs).toEqual(['CHECKPOINT']);
    await care.maintain();
    expect(execs).toEqual(['CHECKPOINT', 'ANALYZE; CHECKPOINT']);
  });

  it('leaves PostgreSQL to its own checkpointer and autovacuum', async () => {
    const { db, execs } = recordingDb();
    const care = upkeep(db, false);
    await care.inserted(100_000);
    await care.maintain();
    expect(execs).toEqual([]);
  });

  it('runs on a real PGlite', async () => {
    const store = await openSqlStore({});
    await expect(store.maintain()).resolves.toBeUndefined();
    await store.close();
  });
});
