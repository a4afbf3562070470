import { describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../mocks/loadDemoWorld';
import { streamNames } from '../../src/api/streams';
import { loadDemo } from './loadDemo';
import { memoryHostStore } from './memoryHostStore';
import { captureLog, request, startTestHost } from './testHost';

const RECORDS = 300;

describe('--demo', () => {
  it('loads every stream of the demo world into an empty store, in batches', async () => {
    const store = memoryHostStore();
    const batches: number[] = [];
    const result = await loadDemoWorld(store, {
      records: RECORDS,
      batchSize: 100,
      onProgress: ({ inserted }) => batches.push(inserted),
    });
    expect(result).toMatchObject({
      loaded: true,
      added: { authentication: RECORDS, authorisation: RECORDS, access: RECORDS, activity: RECORDS },
    });
    expect(batches).toEqual([100, 200, 300, 100, 200, 300, 100, 200, 300, 100, 200, 300]);
    for (const stream of streamNames) expect(store.memory.collection(stream).records).toHaveLength(RECORDS);

    // what the console then reads
    const host = await startTestHost(store);
    try {
      const answer = await request(`${host.url}/api/v1/audit/activity/records?limit=1`);
      expect(JSON.parse(answer.body.toString())).toMatchObject({ total: RECORDS });
    } finally {
      await host.close(1000);
    }
  });

  it('leaves a store that holds records alone, and says so', async () => {
    const store = memoryHostStore();
    await loadDemoWorld(store, { records: 10 });
    const { log, lines } = captureLog();
    await loadDemo(store, RECORDS, log, new AbortController().signal);
    expect(lines.at(-1)).toMatchObject({ level: 40, msg: expect.stringContaining('already holds records') });
    for (const stream of streamNames) expect(store.memory.collection(stream).records).toHaveLength(10);
  });

  it('logs how it went', async () => {
    const { log, lines } = captureLog();
    await loadDemo(memoryHostStore(), 50, log, new AbortController().signal);
    expect(lines.map((l) => l['msg'])).toEqual([
      'demo: generating the demo world (records per stream)',
      'demo: generated; inserting',
      'demo: inserting',
      'demo: inserting',
      'demo: inserting',
      'demo: inserting',
      'demo: loaded',
    ]);
    expect(lines.at(-1)).toMatchObject({
      added: { authentication: 50, activity: 50 },
      documents: { destinations: 3, deliveries: 2, savedSearches: 2 },
    });
  });

  it('stops between batches when the server is told to stop', async () => {
    const store = memoryHostStore();
    const stop = new AbortController();
    const loading = loadDemoWorld(store, {
      records: RECORDS,
      batchSize: 100,
      signal: stop.signal,
      onProgress: ({ stream, inserted }) => stream === 'authentication' && inserted === 100 && stop.abort(),
    });
    await expect(loading).rejects.toThrow(/abort/i);
    expect(store.memory.collection('authentication').records).toHaveLength(100);
    expect(store.memory.collection('access').records).toHaveLength(0);
  });

  it('gives the event loop a turn between batches, so a stop signal is heard while loading', async () => {
    const store = memoryHostStore();
    const stop = new AbortController();
    // a store that answers at once, as PGlite does (in microtasks): only a turn of the loop lets the timer in
    setTimeout(() => stop.abort(), 0);
    await expect(
      loadDemoWorld(store, { records: RECORDS, batchSize: 10, signal: stop.signal }),
    ).rejects.toThrow(/abort/i);
    expect(store.memory.collection('activity').records).toHaveLength(0);
  });
});
