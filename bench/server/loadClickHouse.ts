/**
 * The bench's bulk path into an empty ClickHouse cluster (bench/server/clickhouseData.mjs runs
 * it in a child process, through Vite, as loadData.ts for the SQL stores): the demo world,
 * generated as for PostgreSQL, through the ClickHouse store's own insert — known ids refused,
 * the rows the ingest endpoint would store — in batches of 20,000 rather than the demo's 5,000
 * (one known-id lookup and one part per shard a batch). CLICKHOUSE_URL (a URL per shard,
 * comma-separated), CLICKHOUSE_CLUSTER, CLICKHOUSE_DATABASE, BENCH_LOAD_RECORDS per stream.
 * Prints one JSON line of timings when done.
 */
import { loadDemoWorld } from '../../mocks/loadDemoWorld';
import { openClickHouseStore } from '../../server/clickhouse/openStore';
import { openSqlStore } from '../../server/sql/openStore';

const BATCH = 20_000;

const records = Number(process.env.BENCH_LOAD_RECORDS);
const config = {
  urls: (process.env.CLICKHOUSE_URL ?? '').split(','),
  cluster: process.env.CLICKHOUSE_CLUSTER ?? '',
  database: process.env.CLICKHOUSE_DATABASE ?? '',
};
// the settings documents the demo adds go to a store in memory: the bench's server has its own
const store = await openClickHouseStore(config, await openSqlStore({}));
let last = 0;
const result = await loadDemoWorld(store, {
  records,
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
process.stdout.write(
  `${JSON.stringify({ generateMs: Math.round(result.generateMs), insertMs: Math.round(result.insertMs), batch: BATCH })}\n`,
);
