// The bench's million records per stream, loaded once and kept in bench/.cache/ (gitignored):
// loading them takes minutes (PGlite inserts ~8,000 rows a second), measuring them seconds. A
// cache entry is named by the records per stream and a hash of what decides its contents: the
// demo world's generator and the schema's migrations. Any change to those loads anew.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createCluster, startCluster } from './postgres.mjs';

export const CACHE_DIR = 'bench/.cache';
mkdirSync(CACHE_DIR, { recursive: true });

const SOURCES = [
  'mocks/world',
  'mocks/loadDemoWorld.ts',
  'mocks/settings.ts',
  'server/sql/migrations',
  'bench/server/loadData.ts',
];

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .map((f) => join(path, String(f)))
    .filter((f) => /\.(ts|sql)$/.test(f) && !f.endsWith('.test.ts'))
    .sort();
}

/**
 * Records per stream and a hash of the generator and the migrations, e.g. `1000000-3f2a9c81d0e4`;
 * `more` names further sources of a store's layout (none: the SQL stores' key).
 */
export function dataKey(records, more = []) {
  const hash = createHash('sha256');
  for (const file of [...SOURCES, ...more].flatMap(filesUnder)) hash.update(file).update(readFileSync(file));
  return `${records}-${hash.digest('hex').slice(0, 12)}`;
}

/** Load timings of a cache entry, written when it was loaded. */
function readNote(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** A loader (bench/server/loadData.ts) in a child process: the demo world into the empty store `env` names. */
export async function loadDemo(env, records, log, loader = './bench/server/loadData.ts') {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '-e',
      `import('vite').then((vite) => vite.runnerImport(${JSON.stringify(loader)}))`,
    ],
    {
      env: { ...process.env, ...env, BENCH_LOAD_RECORDS: String(records) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    for (const line of chunk.split('\n')) if (line.trim() !== '') log(line);
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`loading the demo world failed (exit ${code})`);
  const timings = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
  return {
    records,
    streams: 4,
    ...timings,
    loadMs: Date.now() - started,
    loadedAt: new Date().toISOString(),
  };
}

/** A PGlite data directory holding the demo world at `records` per stream. */
export async function pgliteData(records, log) {
  const key = dataKey(records);
  const dir = join(CACHE_DIR, `pglite-${key}`);
  const note = `${dir}.json`;
  if (existsSync(dir) && existsSync(note)) return { dataDir: dir, key, load: readNote(note), cached: true };
  const loading = `${dir}.loading`;
  rmSync(loading, { recursive: true, force: true });
  log(
    `PGlite: loading ${records.toLocaleString('en')} records per stream into ${dir} (once; the next run reuses it)`,
  );
  const load = await loadDemo({ DATA_DIR: loading }, records, log);
  // only a finished load becomes the cache
  renameSync(loading, dir);
  writeFileSync(note, `${JSON.stringify(load, null, 2)}\n`);
  return { dataDir: dir, key, load, cached: false };
}

/** A started PostgreSQL cluster holding the demo world; stop() it when done. */
export async function postgresData(postgres, records, log) {
  const key = dataKey(records);
  const dir = join(CACHE_DIR, `postgres${postgres.version}-${key}`);
  const note = `${dir}.json`;
  if (existsSync(dir) && existsSync(note)) {
    const cluster = await startCluster(postgres.bin, dir);
    return { cluster, key, load: readNote(note), cached: true };
  }
  const loading = `${dir}.loading`;
  rmSync(loading, { recursive: true, force: true });
  log(
    `PostgreSQL ${postgres.version}: loading ${records.toLocaleString('en')} records per stream into ${dir} (once)`,
  );
  await createCluster(postgres.bin, loading);
  let cluster = await startCluster(postgres.bin, loading);
  const load = await loadDemo({ DATABASE_URL: cluster.url }, records, log);
  await cluster.stop();
  renameSync(loading, dir);
  writeFileSync(note, `${JSON.stringify(load, null, 2)}\n`);
  cluster = await startCluster(postgres.bin, dir);
  return { cluster, key, load, cached: false };
}
