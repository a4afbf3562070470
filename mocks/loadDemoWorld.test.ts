import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryHostStore } from '../server/node/memoryHostStore';
import type { HostStore } from '../server/node/hostStore';
import type { SettingsStore } from '../server/engine/types';
import { openSqlStore, type SqlStore } from '../server/sql/openStore';
import { loadDemoWorld } from './loadDemoWorld';
import { memoryStore } from './store';

/** The demo's documents are dated relative to now: one instant for both stores makes them comparable. */
const NOW = Date.parse('2026-11-20T09:30:00Z');
const RECORDS = 20;

/** What a console reading each settings collection would be shown, without the ETags (each store makes its own). */
async function documentsOf(store: SettingsStore) {
  const values = async <T>(list: Promise<{ value: T }[]>) => (await list).map((d) => d.value);
  return {
    destinations: await values(store.destinations.list()),
    deliveries: await values(store.deliveries.list()),
    retention: await values(store.retention.list()),
    savedSearches: await values(store.savedSearches.list()),
  };
}

async function theDemoConsoles(): Promise<Awaited<ReturnType<typeof documentsOf>>> {
  // made on first use, at the (faked) time of that use
  await memoryStore.reset();
  return documentsOf(memoryStore);
}

let sql: SqlStore | undefined;
afterAll(async () => sql?.close());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('--demo stores the settings documents the demo console shows', () => {
  const stores: [string, () => Promise<HostStore>][] = [
    ['the in-memory store', async () => memoryHostStore()],
    ['PGlite', async () => (sql = await openSqlStore({}))],
  ];

  it.each(stores)('into %s', async (_name, open) => {
    const store = await open();
    const result = await loadDemoWorld(store, { records: RECORDS, now: NOW });
    expect(result).toMatchObject({
      loaded: true,
      documents: { destinations: 3, deliveries: 2, savedSearches: 2 },
    });
    const demo = await theDemoConsoles();
    expect(demo.destinations.map((d) => d.id)).toEqual([
      'dst-splunk-hec',
      'dst-connector-ds120',
      'dst-sentinel',
    ]);
    expect(await documentsOf(store)).toEqual(demo);
  });

  it('keeps a document the store already holds under a demo id, and adds the others', async () => {
    const store = memoryHostStore();
    const demo = await theDemoConsoles();
    const [splunk] = demo.destinations;
    if (!splunk) throw new Error('the demo has no destinations');
    const own = { ...splunk, name: 'Our own Splunk' };
    await store.destinations.put(own);

    const result = await loadDemoWorld(store, { records: RECORDS, now: NOW });
    expect(result).toMatchObject({ loaded: true, documents: { destinations: 2, savedSearches: 2 } });
    const names = (await store.destinations.list()).map((d) => d.value.name);
    expect(names).toEqual(['Our own Splunk', 'Connector ds120 file', 'Sentinel (paused)']);
  });

  it('stores nothing in a store that holds records', async () => {
    const donor = memoryHostStore();
    await loadDemoWorld(donor, { records: 5, now: NOW });
    // a store with one record of its own: the demo adds neither records nor documents
    const store = memoryHostStore();
    await store.insert('access', donor.memory.collection('access').records.slice(0, 1));
    expect(await loadDemoWorld(store, { records: RECORDS, now: NOW })).toEqual({
      loaded: false,
      reason: 'not-empty',
    });
    expect(await store.destinations.list()).toEqual([]);
    expect(await store.savedSearches.list()).toEqual([]);
  });
});
