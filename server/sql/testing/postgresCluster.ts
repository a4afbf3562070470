/**
 * A throw-away PostgreSQL for tests: initdb into a temporary directory, a server on a free
 * port of 127.0.0.1 only (its socket in that directory too), one database, all deleted when
 * stopped. It needs Debian's `postgresql` package (binaries under /usr/lib/postgresql/<n>/bin);
 * without them, postgresBinaries() says why and the tests skip their PostgreSQL run.
 * initdb refuses to run as root, so as root the cluster runs as the `postgres` user.
 */
import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './freePort';

const run = promisify(execFile);
const ROOT = '/usr/lib/postgresql';

export interface PostgresCluster {
  /** a connection string to the cluster's one database */
  readonly url: string;
  stop(): Promise<void>;
}

/** The bin directory of the newest installed PostgreSQL, or why there is none to use. */
export function postgresBinaries(): { bin: string } | { missing: string } {
  const versions = existsSync(ROOT)
    ? readdirSync(ROOT)
        .filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined)
    return { missing: `no initdb under ${ROOT}/*/bin (install Debian's postgresql package)` };
  if (isRoot() && !hasUser('postgres'))
    return { missing: 'running as root, and there is no postgres user for initdb to run as' };
  return { bin: join(ROOT, newest, 'bin') };
}

/** Starts a cluster; fails (rather than skips) when the binaries are there but do not work. */
export async function startPostgresCluster(bin: string, database = 'audit_test'): Promise<PostgresCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'audit-pg-'));
  const data = join(dir, 'data');
  const asOwner = async (command: string, args: string[]) => {
    const [file, argv] = isRoot()
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    await run(file, argv, { cwd: dir });
  };
  let started = false;
  const stop = async () => {
    if (started)
      await asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (isRoot()) await chownTo(dir, 'postgres');
    const locale = await databaseLocale();
    await asOwner('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '-A',
      'trust',
      '-E',
      'UTF8',
      `--locale=${locale}`,
      '--no-sync',
    ]);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      // a test database that is thrown away needs no durability
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ];
    await asOwner('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-w',
      '-o',
      settings.join(' '),
      'start',
    ]);
    started = true;
    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await admin.connect();
    try {
      // a fixed name of our own choosing: an identifier, not a value, so it cannot be a parameter
      await admin.query(`CREATE DATABASE ${database}`);
    } finally {
      await admin.end();
    }
    return { url: `postgres://postgres@127.0.0.1:${port}/${database}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A linguistic locale where the machine has one: the schema compares text COLLATE "C"
 * whatever the database's default, and only a default that is not "C" shows that it does.
 */
async function databaseLocale(): Promise<string> {
  const { stdout } = await run('locale', ['-a']).catch(() => ({ stdout: '' }));
  const have = new Set(stdout.split('\n').map((l) => l.trim().toLowerCase()));
  return have.has('en_us.utf8') ? 'en_US.UTF-8' : 'C.UTF-8';
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** Synchronous: postgresBinaries() decides when tests are collected whether a suite runs. */
function hasUser(name: string): boolean {
  try {
    return readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .some((line) => line.startsWith(`${name}:`));
  } catch {
    return false;
  }
}

async function chownTo(path: string, user: string): Promise<void> {
  const { stdout } = await run('id', ['-u', user]);
  const { stdout: group } = await run('id', ['-g', user]);
  await chown(path, Number(stdout.trim()), Number(group.trim()));
}
