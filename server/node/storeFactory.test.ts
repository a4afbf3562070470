import { describe, expect, it } from 'vitest';
import { memoryHostStore } from './memoryHostStore';
import type { openSqlStore } from '../sql/openStore';

type OpenSqlStore = typeof openSqlStore;
import { hostStoreFactory, sqlStoreFactory } from './storeFactory';

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

  it('opens the settings store, then the ClickHouse records beside it when CLICKHOUSE_URL is set', async () => {
    const opened: string[] = [];
    const sql: OpenSqlStore = async () => {
      opened.push('sql');
      return memoryHostStore();
    };
    const records = { urls: ['http://ch1:8123'], cluster: 'audit', database: 'audit' };
    await hostStoreFactory(
      { store: { kind: 'pglite', dataDir: '/d' }, records },
      {
        sql,
        clickhouse: async (config, settings) => {
          opened.push(`clickhouse ${config.urls.join()}`);
          return settings;
        },
      },
    )();
    await hostStoreFactory(
      { store: { kind: 'pglite', dataDir: '/d' }, records: null },
      {
        sql,
        clickhouse: () => Promise.reject(new Error('not asked for')),
      },
    )();
    expect(opened).toEqual(['sql', 'clickhouse http://ch1:8123', 'sql']);
  });
});
