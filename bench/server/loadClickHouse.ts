/**
 * The bench's bulk path into an empty ClickHouse cluster (bench/server/clickhouseData.mjs runs
 * it in a child process, through Vite, as loadData.ts for the SQL stores): the demo world,
 * generated as for PostgreSQL, through the ClickHouse store's own insert — known ids refused,
 * the rows the ingest endpoint would store — in batches of 20,000 rather than the demo's 5,000
 * (one known-id lookup and one part per shard a batch). CLICKHOUSE_URL (a URL per shard,
 * comma-separated), CLICKHOUSE_CLUSTER, CLICKHOUSE_DATABASE, BENCH_LOAD_RECORDS per stream.
 * Prints one JSON line of timings when done.
 *
 * BENCH_LOAD_NOW finishes a load that was stopped halfway: the world generated again at that
 * load's `now` (its ids do not depend on it), the records already stored refused as known.
 */
import { loadDemoWorld, type DemoTarget } from '../../mocks/loadDemoWorld';
import { openClickHouse } from '../../server/clickhouse/db';
import { openClickHouseStore } from '../../server/clickhouse/openStore';
import { chTables } from '../../server/clickhouse/tables';
import type { HostStore } from '../../server/node/hostStore';
import { openSqlStore } from '../../server/sql/openStore';
import { streamNames, type StreamName } from '../../src/api/streams';

const BATCH = 20_000;

/**
 * The store, with the batches a stopped load stored skipped: each stream's first `count()`
 * records (batches are stored whole, in order); what follows goes through the insert, which
 * refuses any id stored already.
 */
async function resuming(store: HostStore): Promise<DemoTarget> {
  const db = openClickHouse(config);
  const stored = new Map<StreamName, number>();
  for (const stream of streamNames) {
    const [row] = await db.rows<{ n: string }>(`SELECT count() AS n FROM ${chTables[stream].name}`);
    stored.set(stream, Number(row?.n ?? 0));
  }
  await db.close();
  return {
    ...store,
    isEmpty: async () => true,
    async insert(stream, batch) {
      const skip = stored.get(stream) ?? 0;
      if (skip < batch.length) return store.insert(stream, batch);
      stored.set(stream, skip - batch.length);
      return { added: 0, existing: batch.length };
    },
  };
}

const records = Number(process.env.BENCH_LOAD_RECORDS);
const config = {
  urls: (process.env.CLICKHOUSE_URL ?? '').split(','),
  cluster: process.env.CLICKHOUSE_CLUSTER ?? '',
  database: process.env.CLICKHOUSE_DATABASE ?? '',
};
// the settings documents the demo adds go to a store in memory: the bench's server has its own
const store = await openClickHouseStore(config, await openSqlStore({}));
let last = 0;
const resumeAt = process.env.BENCH_LOAD_NOW ? Number(process.env.BENCH_LOAD_NOW) : undefined;
const target = resumeAt === undefined ? store : await resuming(store);
const result = await loadDemoWorld(target, {
  records,
  now: resumeAt,
  batchSize: BATCH,
  onProgress({ stream, inserted, total }) {
    if (Date.now() - last < 60_000 && inserted < total) return;
    last = Date.now();
    process.stderr.write(
      `loading ${stream}: ${inserted.toLocaleString('en')} of ${total.toLocaleString('en')}\n`,
    );
  },
});
await store.close();
if (!result.loaded) throw new Error('the cluster already held records');
const added = Object.values(result.added).reduce((sum, n) => sum + n, 0);
process.stdout.write(
  `${JSON.stringify({ generateMs: Math.round(result.generateMs), insertMs: Math.round(result.insertMs), added, batch: BATCH, resumedAt: resumeAt })}\n`,
);
