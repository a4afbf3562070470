/**
 * `npm run bench:ingest`: how fast POST /api/v1/ingest stores events, and what it does to a
 * search meanwhile. The API runs in this process on the SQL store, as the server runs it
 * (one Node process; PGlite in it), called with Requests as the HTTP host hands them over:
 * what is measured is parsing, fingerprinting, mapping and the inserts with every index in
 * place, not a network. Events are the demo world's records as a sender would send them
 * (bench/ingestEvents.ts), all four streams, in batches of 1,000.
 *
 * BENCH_INGEST_EVENTS (default 100,000) events per store; PostgreSQL is measured when Debian's
 * postgresql binaries are installed (a throw-away cluster on a loopback port).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../server/api/createApi';
import { signedInAs } from '../server/api/testing';
import { hmacFingerprint } from '../server/engine/ingest/fingerprintSecrets';
import { addIngestToken } from '../server/contract/senderToken';
import { openSqlStore } from '../server/sql/openStore';
import type { SqlStore } from '../server/sql/store/createSqlStore';
import { postgresBinaries, startPostgresCluster } from '../server/sql/testing/postgresCluster';
import { ingestEvents } from './ingestEvents';

const EVENTS = Number(process.env.BENCH_INGEST_EVENTS ?? 100_000);
const BATCH = 1_000;
const SEARCH = '/audit/access/records?q=method:GET%20-response_code:200&limit=100&from=now-30d';

interface Figures {
  store: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  searchIdleP50Ms: number;
  searchDuringIngestP50Ms: number;
  ratio: number;
}

const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function measure(name: string, store: SqlStore): Promise<Figures> {
  const { secret } = await addIngestToken(store, { id: 'bench', name: 'Bench sender', createdBy: 'bench' });
  const api = createApi({
    store,
    identity: async () => signedInAs('owner'),
    fingerprint: hmacFingerprint(new Uint8Array(32).fill(3)),
  });
  const call = (path: string, init?: RequestInit) =>
    api.fetch(new Request(`http://bench.test/api/v1${path}`, init));
  const search = async () => {
    const started = performance.now();
    const answer = await call(SEARCH);
    if (answer.status !== 200) throw new Error(`search: ${answer.status} ${await answer.text()}`);
    await answer.arrayBuffer();
    return performance.now() - started;
  };

  // something to search before the clock starts: the first tenth, unmeasured
  const events = ingestEvents(EVENTS + EVENTS / 10);
  const send = async (slice: readonly unknown[]) => {
    const answer = await call('/ingest', {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: slice }),
    });
    const text = await answer.text();
    if (answer.status !== 200) throw new Error(`ingest: ${answer.status} ${text}`);
    const result = JSON.parse(text) as { added: number; quarantined: number };
    if (result.added !== slice.length) throw new Error(`ingest: ${text.slice(0, 500)}`);
  };
  for (let i = 0; i < EVENTS / 10; i += BATCH) await send(events.slice(i, i + BATCH));
  await search();
  const idle: number[] = [];
  for (let i = 0; i < 30; i++) idle.push(await search());

  const during: number[] = [];
  let ingesting = true;
  const searching = (async () => {
    while (ingesting) {
      during.push(await search());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  for (let i = EVENTS / 10; i < events.length; i += BATCH) await send(events.slice(i, i + BATCH));
  const seconds = (performance.now() - started) / 1000;
  ingesting = false;
  await searching;

  const figures: Figures = {
    store: name,
    events: EVENTS,
    seconds: round(seconds),
    eventsPerSecond: Math.round(EVENTS / seconds),
    searchIdleP50Ms: round(p50(idle)),
    searchDuringIngestP50Ms: round(p50(during)),
    ratio: round(p50(during) / p50(idle), 2),
  };
  console.log(JSON.stringify(figures));
  return figures;
}

async function main(): Promise<void> {
  const results: Figures[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
  const pglite = await openSqlStore({ dataDir: dir });
  try {
    results.push(await measure('PGlite (data directory on disk)', pglite));
  } finally {
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  }
  const binaries = postgresBinaries();
  if ('bin' in binaries) {
    const cluster = await startPostgresCluster(binaries.bin, 'bench_ingest');
    const postgres = await openSqlStore({ databaseUrl: cluster.url });
    try {
      results.push(await measure('PostgreSQL (local cluster)', postgres));
    } finally {
      await postgres.close();
      await cluster.stop();
    }
  } else console.log(`PostgreSQL not measured: ${binaries.missing}`);
  console.table(results);
}

await main();
