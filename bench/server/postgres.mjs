// A PostgreSQL cluster for the bench, from Debian's postgresql package: like the tests' throw-away
// cluster (server/sql/testing/postgresCluster.ts), on a loopback port only, but its data directory
// is kept under bench/.cache/ so that a million loaded records outlive the run.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './process.mjs';

const run = promisify(execFile);
const ROOT = '/usr/lib/postgresql';

const isRoot = () => process.getuid?.() === 0;

/** The newest installed PostgreSQL's bin directory, or null. */
export function postgresBin() {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) return null;
  const users = readFileSync('/etc/passwd', 'utf8').split('\n');
  if (isRoot() && !users.some((line) => line.startsWith('postgres:'))) return null;
  return { bin: join(ROOT, versions[0], 'bin'), version: versions[0] };
}

async function asOwner(bin, command, args, cwd) {
  const [file, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
    : [join(bin, command), args];
  return run(file, argv, { cwd, maxBuffer: 16 * 1024 * 1024 });
}

async function chownToPostgres(path) {
  if (!isRoot()) return;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  chownSync(path, uid, gid);
}

/** initdb into `dir` (a new directory); the cluster is not started. */
export async function createCluster(bin, where) {
  const dir = resolve(where);
  mkdirSync(dir, { recursive: true });
  await chownToPostgres(dir);
  await asOwner(
    bin,
    'initdb',
    ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'],
    dir,
  );
}

/** Starts the cluster in `dir` on a free loopback port; `database` is created if missing. */
export async function startCluster(bin, where, database = 'audit_bench') {
  const dir = resolve(where);
  const data = join(dir, 'data');
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // the cache can be loaded again: loading fast matters more than surviving a power cut
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
  ];
  await asOwner(
    bin,
    'pg_ctl',
    ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', settings.join(' '), 'start'],
    dir,
  );
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    // a fixed name of the bench's own: an identifier, which cannot be a parameter
    if (rowCount === 0) await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      await asOwner(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'], dir);
    },
  };
}
