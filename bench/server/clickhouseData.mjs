// The bench's ClickHouse cluster (2 shards, the tests' helper) with its data kept in
// bench/.cache/clickhouse-<records>-<key>, loaded once through the store's own insert
// (loadClickHouse.ts) like the SQL stores' caches (data.mjs). The key also hashes what decides
// the tables' layout and rows, so a change there loads anew.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { CACHE_DIR, dataKey, loadDemo } from './data.mjs';

const LAYOUT = [
  'server/clickhouse/tables.ts',
  'server/clickhouse/row.ts',
  'server/clickhouse/store/schema.ts',
  'server/sql/tables.ts',
  'server/sql/row.ts',
  'bench/server/loadClickHouse.ts',
];
const DATABASE = 'bench';

/** A started cluster holding the demo world (stop() it when done), or why there is none. */
export async function clickhouseData(records, log) {
  const { module: helper } = await runnerImport('./server/clickhouse/testing/clickhouseCluster.ts');
  const binary = helper.clickhouseBinary();
  if ('missing' in binary) return { skipped: binary.missing };
  const start = (dir) => helper.startClickHouseCluster(binary.server, 2, dir);
  const env = (cluster) => ({
    CLICKHOUSE_URL: cluster.url,
    CLICKHOUSE_CLUSTER: cluster.cluster,
    CLICKHOUSE_DATABASE: DATABASE,
  });
  const key = dataKey(records, LAYOUT);
  const dir = join(CACHE_DIR, `clickhouse-${key}`);
  const note = `${dir}.json`;
  if (existsSync(dir) && existsSync(note)) {
    const cluster = await start(dir);
    return { cluster, env: env(cluster), key, load: JSON.parse(readFileSync(note, 'utf8')), cached: true };
  }
  const loading = `${dir}.loading`;
  rmSync(loading, { recursive: true, force: true });
  log(`ClickHouse: loading ${records.toLocaleString('en')} records per stream into ${dir} (once)`);
  let cluster = await start(loading);
  let load;
  try {
    load = await loadDemo(env(cluster), records, log, './bench/server/loadClickHouse.ts');
  } finally {
    await cluster.stop();
  }
  renameSync(loading, dir);
  writeFileSync(note, `${JSON.stringify(load, null, 2)}\n`);
  cluster = await start(dir);
  return { cluster, env: env(cluster), key, load, cached: false };
}

async function ask(url, sql) {
  const response = await fetch(url, { method: 'POST', body: sql });
  const text = await response.text();
  if (!response.ok) throw new Error(`ClickHouse at ${url}: ${response.status} ${text.slice(0, 300)}`);
  return text.trim();
}

/** The servers' version, and the records' bytes on disk: active parts, summed over the shards. */
export async function clickhouseFacts(cluster) {
  const { module: literal } = await runnerImport('./server/clickhouse/literal.ts');
  let bytes = 0;
  for (const shard of cluster.shards)
    bytes += Number(
      await ask(
        shard.url,
        `SELECT sum(bytes_on_disk) FROM system.parts WHERE database = ${literal.sqlString(DATABASE)} AND active`,
      ),
    );
  return {
    version: await ask(cluster.url.split(',')[0], 'SELECT version()'),
    onDiskMB: Math.round(bytes / 1e6),
  };
}
