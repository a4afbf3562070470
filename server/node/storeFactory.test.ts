import { describe, expect, it } from 'vitest';
import { memoryHostStore } from './memoryHostStore';
import type { openSqlStore } from '../sql/openStore';

type OpenSqlStore = typeof openSqlStore;
import { sqlStoreFactory } from './storeFactory';

describe('the store factory', () => {
  it('opens PGlite in DATA_DIR, or PostgreSQL at DATABASE_URL, never both', async () => {
    const asked: Parameters<OpenSqlStore>[0][] = [];
    const open: OpenSqlStore = async (options) => {
      asked.push(options);
      return memoryHostStore();
    };
    await sqlStoreFactory({ kind: 'pglite', dataDir: '/var/lib/audit' }, open)();
    await sqlStoreFactory({ kind: 'postgres', databaseUrl: 'postgres://db/audit' }, open)();
    expect(asked).toEqual([{ dataDir: '/var/lib/audit' }, { databaseUrl: 'postgres://db/audit' }]);
  });
});
