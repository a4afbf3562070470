// The server part of `npm run bench` (BENCH_ONLY=server runs it alone): the API's figures at a
// million records per stream on PGlite, and on PostgreSQL when Debian's postgresql package is
// installed, each beside its naive baseline on the same data in the same run. The data is
// loaded once into bench/.cache/ (see data.mjs).
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { round } from '../stats.mjs';
import { apiFigures, exportFigure, newestRecord } from './api.mjs';
import { baselineExport, baselineFigures } from './baselines.mjs';
import { pgliteData, postgresData } from './data.mjs';
import { postgresBin } from './postgres.mjs';
import { startServer } from './process.mjs';

export const SERVER_RECORDS = Number(process.env.BENCH_SERVER_RECORDS ?? 1_000_000);
/** a surname of the demo organisation (mocks/world/roster.ts): a bare word, as a person searches */
const WORD = process.env.BENCH_SERVER_SEARCH ?? 'lindqvist';
/** a field's value, which a btree index finds (about 2% of sign-in steps) */
const KEYWORD = 'stage:password';
/** BENCH_SERVER_STORES=postgres measures just that store (default: both) */
const STORES = (process.env.BENCH_SERVER_STORES ?? 'pglite,postgres').split(',');

/** Targets of issue 12 (README's Performance section). */
export const SERVER_TARGETS = {
  search: 50,
  nextPage: 10,
  histogram30d: 150,
  overview24h: 300,
  exportMs: 20_000,
  exportRssGrowthMB: 100,
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

/** The server on `env`'s store: API figures, then the export (the last: it is the one that grows memory). */
async function measureServer(env, log) {
  const server = await startServer(env, {
    onLine(line) {
      if (/"level":(50|60)/.test(line)) log(`server: ${line}`);
    },
  });
  try {
    const newest = await newestRecord(server.url);
    const context = { word: WORD, keyword: KEYWORD, newest };
    log('  API figures');
    const api = await apiFigures(server.url, context);
    log('  CSV export of every authentication record');
    const exported = await exportFigure(server.url, server.pid, context);
    return { context, api, exported };
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
    const { context, api, exported } = await measureServer({ DATABASE_URL: data.cluster.url }, log);
    log('  naive baselines');
    const client = new pg.Client({ connectionString: data.cluster.url });
    await client.connect();
    try {
      const query = (sql, params) => client.query(sql, params);
      const baselines = await baselineFigures(query, context);
      const exportBaseline = await baselineExport(query, context);
      return {
        version: postgres.version,
        data: { key: data.key, load: data.load, cached: data.cached },
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
  return {
    date: started,
    recordsPerStream: SERVER_RECORDS,
    search: WORD,
    keyword: KEYWORD,
    loadAverage1m: { start: round(loadBefore, 2), end: round(loadavg()[0], 2) },
    targets: SERVER_TARGETS,
    pglite,
    postgres,
  };
}

/** Table rows: figure, value, baseline, target. */
export function serverRows(server) {
  const rows = [];
  for (const [name, store] of [
    ['PGlite', server.pglite],
    [`PostgreSQL ${server.postgres?.version ?? ''}`.trim(), server.postgres],
  ]) {
    if (!store || store.skipped) continue;
    const f = store.figures;
    const row = (label, figure, target) =>
      rows.push([`${name}: ${label}`, figure?.ms, figure?.baselineMs, target]);
    row(`"${server.search}": first page + total (ms)`, f.search, `≤ ${SERVER_TARGETS.search}`);
    row(`"${server.search}": total (ms)`, f.total, '(info)');
    row(`"${server.search}": next page, keyset (ms)`, f.nextPage, `≤ ${SERVER_TARGETS.nextPage}`);
    row(`${server.keyword}: first page + total (ms)`, f.searchKeyword, `≤ ${SERVER_TARGETS.search}`);
    row(`${server.keyword}: total (ms)`, f.totalKeyword, '(info)');
    row(`${server.keyword}: next page, keyset (ms)`, f.nextPageKeyword, `≤ ${SERVER_TARGETS.nextPage}`);
    row('histogram 30 days (ms)', f.histogram30d, `≤ ${SERVER_TARGETS.histogram30d}`);
    row('facets, whole stream (ms)', f.facets, '(info)');
    row('overview, 24 hours (ms)', f.overview24h, `≤ ${SERVER_TARGETS.overview24h}`);
    row('histogram 24 hours, 15 min (ms)', f.histogram24h, '(info)');
    row('histogram 30 days of a search (ms)', f.histogram30dSearch, '(info)');
    row('overview, 30 days (ms)', f.overview30d, '(info)');
    rows.push([
      `${name}: CSV export ${store.export.records.toLocaleString('en')} (ms)`,
      store.export.ms,
      null,
      `≤ ${SERVER_TARGETS.exportMs}`,
    ]);
    rows.push([
      `${name}: export RSS growth (MB)`,
      store.export.rssGrowthMB,
      null,
      `≤ ${SERVER_TARGETS.exportRssGrowthMB}`,
    ]);
    const naive = store.export.baseline;
    rows.push([
      naive.finished
        ? `${name}: naive export, OFFSET pages of 1,000 (ms)`
        : `${name}: naive export, OFFSET pages: records in ${naive.budgetMs / 1000} s`,
      naive.finished ? naive.ms : naive.rows,
      null,
      '(info)',
    ]);
  }
  return rows;
}
