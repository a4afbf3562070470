/**
 * The ClickHouse records store on a 2-shard cluster of this machine's clickhouse-server
 * (the tests' cluster helper, data in /dev/shm): the demo world loaded through the store's
 * insert (known ids refused at ingest), then the console's reads on the access stream, each
 * the median of five, the cost of refusing known ids, and the bytes on disk.
 *
 *   node -e "import('vite').then((vite) => vite.runnerImport('./bench/clickhouse.ts'))"
 *
 * BENCH_CH_RECORDS sets the records per stream (default 250000: a million in all).
 */
import { loadDemoWorld } from '../mocks/loadDemoWorld';
import { parseQuery } from '../src/api/query';
import { streamContracts, streamNames } from '../src/api/streams';
import { openClickHouse } from '../server/clickhouse/db';
import { openClickHouseStore } from '../server/clickhouse/openStore';
import { sqlString } from '../server/clickhouse/literal';
import { chTables } from '../server/clickhouse/tables';
import { clickhouseBinary, startClickHouseCluster } from '../server/clickhouse/testing/clickhouseCluster';
import type { RecordSearch } from '../server/engine/types';
import { openSqlStore } from '../server/sql/openStore';

const RECORDS = Number(process.env.BENCH_CH_RECORDS ?? 250_000);
const DAY = 86_400_000;

async function median(run: () => Promise<unknown>, times = 5): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return Math.round(ms[Math.floor(times / 2)] ?? 0);
}

const binary = clickhouseBinary();
if ('missing' in binary) throw new Error(binary.missing);
const cluster = await startClickHouseCluster(binary.server);
const config = { urls: cluster.shards.map((s) => s.url), cluster: cluster.cluster, database: 'bench' };
const store = await openClickHouseStore(config, await openSqlStore({}));
const db = openClickHouse(config);
try {
  const now = Date.now();
  const loaded = await loadDemoWorld(store, { records: RECORDS, now });
  if (!loaded.loaded) throw new Error('the store was not empty');
  const added = Object.values(loaded.added).reduce((n, k) => n + k, 0);
  const figures: Record<string, number | string> = {
    recordsPerStream: RECORDS,
    recordsInAll: added,
    insertEventsPerSecond: Math.round(added / (loaded.insertMs / 1000)),
  };

  const stream = 'access';
  const contract = streamContracts[stream];
  const parsed = parseQuery('response_code:>=400', contract.fields);
  if (!parsed.ok) throw new Error('the bench query does not parse');
  const search: RecordSearch = {
    stream,
    query: parsed.query,
    from: now - 30 * DAY,
    to: now,
    sort: { field: contract.timeField, desc: true },
  };
  const first = await store.search(search, { cursor: null, limit: 100 });
  figures.searchMs = await median(() => store.search(search, { cursor: null, limit: 100 }));
  figures.totalMs = await median(() => db.rows(`SELECT count() FROM ${chTables[stream].name}`));
  figures.nextPageMs = await median(() => store.search(search, { cursor: first.nextCursor, limit: 100 }));
  figures.histogram30DaysMs = await median(() =>
    store.histogram(search, { from: now - 30 * DAY, to: now }, 60),
  );
  figures.facetMs = await median(() => store.topValues(search, 'path', 10));

  // refusing known ids: a batch of 1,000 stored records sent again, beside 1,000 new ones
  const some = (await store.search({ ...search, query: { clauses: [] } }, { cursor: null, limit: 1000 }))
    .items;
  figures.retriedBatchOf1000Ms = await median(() => store.insert(stream, some));
  const ids = some.map((r) => r.id);
  figures.knownIdLookupOf1000Ms = await median(() =>
    db.rows(`SELECT id FROM ${chTables[stream].name} WHERE id IN (${ids.map(sqlString).join(', ')})`),
  );

  let bytes = 0;
  for (let shard = 0; shard < config.urls.length; shard++) {
    const [row] = await db.shardRows<{ b: string }>(
      `SELECT sum(bytes_on_disk) AS b FROM system.parts WHERE database = 'bench' AND active`,
      shard,
    );
    bytes += Number(row?.b ?? 0);
  }
  figures.onDiskMB = Math.round(bytes / 1e6);
  figures.streams = streamNames.join(', ');
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await db.close();
  await store.close();
  await cluster.stop();
}
