// The server part of `npm run bench` (BENCH_ONLY=server runs it alone): the API's figures at a
// million records per stream on PGlite, and on PostgreSQL when Debian's postgresql package is
// installed, each beside its naive baseline on the same data in the same run; with
// BENCH_SERVER_STORES=postgres,clickhouse, PostgreSQL beside a 2-shard ClickHouse cluster
// (issue 17). The data is loaded once into bench/.cache/ (see data.mjs, clickhouseData.mjs).
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { round } from '../stats.mjs';
import { apiFigures, exportFigure, newestRecord } from './api.mjs';
import { baselineExport, baselineFigures } from './baselines.mjs';
import { clickhouseData, clickhouseFacts } from './clickhouseData.mjs';
import { pgliteData, postgresData } from './data.mjs';
import { INGEST_TOKEN, ingestFigure } from './ingest.mjs';
import { postgresBin } from './postgres.mjs';
import { startServer } from './process.mjs';

export const SERVER_RECORDS = Number(process.env.BENCH_SERVER_RECORDS ?? 1_000_000);
/** a surname of the demo organisation (mocks/world/roster.ts): a bare word, as a person searches */
const WORD = process.env.BENCH_SERVER_SEARCH ?? 'lindqvist';
/** a field's value, which a btree index finds (about 2% of sign-in steps) */
const KEYWORD = 'stage:password';
/** BENCH_SERVER_STORES=postgres measures just that store (default: both) */
const STORES = (process.env.BENCH_SERVER_STORES ?? 'pglite,postgres').split(',');
/** BENCH_SERVER_BASELINES=0 leaves out PostgreSQL's naive baselines: minutes each at 10M records */
const BASELINES = process.env.BENCH_SERVER_BASELINES !== '0';

/** Targets of issue 12 (README's Performance section). */
export const SERVER_TARGETS = {
  search: 50,
  nextPage: 10,
  histogram30d: 150,
  overview24h: 300,
  exportMs: 20_000,
  exportRssGrowthMB: 100,
};

/** Targets of issue 17 at 10,000,000 records, for ClickHouse (and ingest and disk of both). */
export const SCALE_TARGETS = {
  search: 200,
  nextPage: 50,
  histogram30d: 200,
  ingestEventsPerSecond: 50_000,
  onDiskShareOfPostgres: 0.25,
};

function withBaselines(api, baselines) {
  const figures = {};
  for (const [name, figure] of Object.entries(api)) {
    const baseline = baselines[name];
    figures[name] = baseline
      ? {
          ...figure,
          baselineMs: baseline.ms,
          baselineSamplesMs: baseline.samplesMs,
          ratio: round(baseline.ms / figure.ms),
        }
      : figure;
  }
  return figures;
}

/** Events a second of a cache's load (the insert alone, not generating the world; a resumed load's part). */
const loadRate = (load) => Math.round((load.added ?? load.records * load.streams) / (load.insertMs / 1000));

/**
 * The server on `env`'s store: API figures, then the export (it is the one that grows memory),
 * then with `ingest` events through the ingest endpoint (the only figure that writes).
 */
async function measureServer(env, log, { ingest = false } = {}) {
  const server = await startServer(
    { ...env, INGEST_TOKEN },
    {
      onLine(line) {
        if (/"level":(50|60)/.test(line)) log(`server: ${line}`);
      },
    },
  );
  try {
    const newest = await newestRecord(server.url);
    const context = { word: WORD, keyword: KEYWORD, newest, records: SERVER_RECORDS };
    log('  API figures');
    const api = await apiFigures(server.url, context);
    log('  CSV export of authentication records (at most about a million)');
    const exported = await exportFigure(server.url, server.pid, context);
    if (!ingest) return { context, api, exported };
    log('  ingest through POST /api/v1/ingest');
    const ingested = await ingestFigure(server.url, context);
    return { context, api, exported, ingested };
  } finally {
    await server.stop();
  }
}

async function pgliteBench(log) {
  const data = await pgliteData(SERVER_RECORDS, log);
  log(`PGlite (${data.dataDir})`);
  const { context, api, exported } = await measureServer({ DATA_DIR: data.dataDir }, log);
  log('  naive baselines (PGlite opened by the bench, the server stopped: one process at a time)');
  const db = await PGlite.create({ dataDir: data.dataDir, extensions: { pg_trgm } });
  try {
    const query = (sql, params) => db.query(sql, params);
    const baselines = await baselineFigures(query, context);
    const exportBaseline = await baselineExport(query, context);
    return {
      data,
      figures: withBaselines(api, baselines),
      export: { ...exported, baseline: exportBaseline },
    };
  } finally {
    await db.close();
  }
}

async function postgresBench(log) {
  const postgres = postgresBin();
  if (!postgres)
    return { skipped: 'no PostgreSQL binaries under /usr/lib/postgresql (Debian package postgresql)' };
  const data = await postgresData(postgres, SERVER_RECORDS, log);
  try {
    log(`PostgreSQL ${postgres.version}`);
    const client = new pg.Client({ connectionString: data.cluster.url });
    await client.connect();
    try {
      // before ingest adds its few: the loaded world's size
      const { rows } = await client.query('SELECT pg_database_size(current_database()) AS bytes');
      const onDiskMB = Math.round(Number(rows[0].bytes) / 1e6);
      const { context, api, exported, ingested } = await measureServer(
        { DATABASE_URL: data.cluster.url },
        log,
        { ingest: true },
      );
      const measured = {
        version: postgres.version,
        data: { key: data.key, load: data.load, cached: data.cached, eventsPerSecond: loadRate(data.load) },
        onDiskMB,
        ingest: ingested,
      };
      if (!BASELINES)
        return {
          ...measured,
          figures: api,
          export: exported,
          baselines: 'skipped: BENCH_SERVER_BASELINES=0',
        };
      log('  naive baselines');
      const query = (sql, params) => client.query(sql, params);
      const baselines = await baselineFigures(query, context);
      const exportBaseline = await baselineExport(query, context);
      return {
        ...measured,
        figures: withBaselines(api, baselines),
        export: { ...exported, baseline: exportBaseline },
      };
    } finally {
      await client.end();
    }
  } finally {
    await data.cluster.stop();
  }
}

async function clickhouseBench(log) {
  const data = await clickhouseData(SERVER_RECORDS, log);
  if (data.skipped) return { skipped: data.skipped };
  // the server's settings (ingest tokens, sessions) in a PGlite of its own, new each run
  const settings = mkdtempSync(join(tmpdir(), 'bench-ch-settings-'));
  try {
    const facts = await clickhouseFacts(data.cluster);
    log(`ClickHouse ${facts.version}, 2 shards`);
    const { api, exported, ingested } = await measureServer({ ...data.env, DATA_DIR: settings }, log, {
      ingest: true,
    });
    return {
      version: facts.version,
      shards: data.cluster.shards.length,
      data: { key: data.key, load: data.load, cached: data.cached, eventsPerSecond: loadRate(data.load) },
      onDiskMB: facts.onDiskMB,
      figures: api,
      export: exported,
      ingest: ingested,
      baselines: 'none: the naive baselines are SQL over the SQL store’s tables',
    };
  } finally {
    await data.cluster.stop();
    rmSync(settings, { recursive: true, force: true });
  }
}

export async function benchServer(log) {
  log('server: building the console and the server (npm start does the same)');
  execSync('npm run build:console && npm run build:server', { stdio: 'ignore' });
  const started = new Date().toISOString();
  // the figures move with whatever else the machine runs: say how busy it was
  const loadBefore = loadavg()[0];
  const pglite = STORES.includes('pglite') ? await pgliteBench(log) : { skipped: 'BENCH_SERVER_STORES' };
  const postgres = STORES.includes('postgres')
    ? await postgresBench(log)
    : { skipped: 'BENCH_SERVER_STORES' };
  const clickhouse = STORES.includes('clickhouse')
    ? await clickhouseBench(log)
    : { skipped: 'BENCH_SERVER_STORES' };
  return {
    date: started,
    recordsPerStream: SERVER_RECORDS,
    search: WORD,
    keyword: KEYWORD,
    loadAverage1m: { start: round(loadBefore, 2), end: round(loadavg()[0], 2) },
    targets: SERVER_TARGETS,
    scaleTargets: SCALE_TARGETS,
    pglite,
    postgres,
    clickhouse,
  };
}

/** Rows of issue 17's figures a store has: disk (another store than PostgreSQL: ≤ ¼ of its), bulk load, ingest. */
function scaleRows(name, store, postgres) {
  const rows = [];
  const diskTarget =
    store !== postgres && postgres?.onDiskMB
      ? `≤ ${Math.round(postgres.onDiskMB * SCALE_TARGETS.onDiskShareOfPostgres)}`
      : '(info)';
  if (store.onDiskMB !== undefined) rows.push([`${name}: on disk (MB)`, store.onDiskMB, null, diskTarget]);
  if (store.data?.eventsPerSecond !== undefined)
    rows.push([`${name}: bulk load (events/s)`, store.data.eventsPerSecond, null, '(info)']);
  if (store.ingest) {
    rows.push([
      `${name}: ingest endpoint, batches of 1,000 (events/s)`,
      store.ingest.eventsPerSecond,
      null,
      `≥ ${SCALE_TARGETS.ingestEventsPerSecond}`,
    ]);
    rows.push([`${name}: a retried batch of 1,000 (ms)`, store.ingest.retriedBatchMs, null, '(info)']);
  }
  return rows;
}

/** Table rows: figure, value, baseline, target. */
export function serverRows(server) {
  const rows = [];
  for (const [name, store] of [
    ['PGlite', server.pglite],
    [`PostgreSQL ${server.postgres?.version ?? ''}`.trim(), server.postgres],
    [
      `ClickHouse ${server.clickhouse?.version ?? ''}, ${server.clickhouse?.shards} shards`,
      server.clickhouse,
    ],
  ]) {
    if (!store || store.skipped) continue;
    // ClickHouse is measured against the targets at 10M (issue 17), the SQL stores at 1M (issue 12)
    const targets = store === server.clickhouse ? { ...SERVER_TARGETS, ...SCALE_TARGETS } : SERVER_TARGETS;
    const f = store.figures;
    const row = (label, figure, target) =>
      rows.push([`${name}: ${label}`, figure?.ms, figure?.baselineMs, target]);
    row(`"${server.search}": first page + total (ms)`, f.search, `≤ ${targets.search}`);
    row(`"${server.search}": total (ms)`, f.total, '(info)');
    row(`"${server.search}": next page, keyset (ms)`, f.nextPage, `≤ ${targets.nextPage}`);
    row(`${server.keyword}: first page + total (ms)`, f.searchKeyword, `≤ ${targets.search}`);
    row(`${server.keyword}: total (ms)`, f.totalKeyword, '(info)');
    row(`${server.keyword}: next page, keyset (ms)`, f.nextPageKeyword, `≤ ${targets.nextPage}`);
    row('histogram 30 days (ms)', f.histogram30d, `≤ ${targets.histogram30d}`);
    row('facets, whole stream (ms)', f.facets, '(info)');
    row('overview, 24 hours (ms)', f.overview24h, `≤ ${targets.overview24h}`);
    row('histogram 24 hours, 15 min (ms)', f.histogram24h, '(info)');
    row('histogram 30 days of a search (ms)', f.histogram30dSearch, '(info)');
    row('overview, 30 days (ms)', f.overview30d, '(info)');
    rows.push([
      `${name}: CSV export ${store.export.records.toLocaleString('en')} (ms)`,
      store.export.ms,
      null,
      `≤ ${targets.exportMs}`,
    ]);
    rows.push([
      `${name}: export RSS growth (MB)`,
      store.export.rssGrowthMB,
      null,
      `≤ ${targets.exportRssGrowthMB}`,
    ]);
    const naive = store.export.baseline;
    if (naive)
      rows.push([
        naive.finished
          ? `${name}: naive export, OFFSET pages of 1,000 (ms)`
          : `${name}: naive export, OFFSET pages: records in ${naive.budgetMs / 1000} s`,
        naive.finished ? naive.ms : naive.rows,
        null,
        '(info)',
      ]);
    rows.push(...scaleRows(name, store, server.postgres));
  }
  return rows;
}
