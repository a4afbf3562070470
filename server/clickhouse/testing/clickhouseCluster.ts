/**
 * A throw-away ClickHouse cluster for tests: two clickhouse-server processes on free ports of
 * 127.0.0.1, each in its own temporary directory, sharing a generated `remote_servers` cluster
 * of two shards (one replica each, no ZooKeeper), all deleted when stopped, unless it was given
 * a data directory to keep (the bench's loaded cluster, bench/server/clickhouseData.mjs). It needs Debian's
 * `clickhouse-server` package; without it, clickhouseBinary() says why and the tests skip
 * their ClickHouse run. A shard can be stopped and started again (same ports, same data), to
 * see what the store does while one is down.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../sql/testing/freePort';

const BINARY = '/usr/bin/clickhouse';
const SERVER = '/usr/sbin/clickhouse-server';
export const TEST_CLUSTER = 'audit';
const START_TIMEOUT_MS = 120_000;

export interface ClickHouseShard {
  /** the shard's HTTP interface */
  readonly url: string;
  readonly tcpPort: number;
  /** ends the process (SIGKILL: a crash, as far as the other shard can tell) */
  stop(): Promise<void>;
  /** starts it again on the same ports and data; resolves once it answers */
  start(): Promise<void>;
}

export interface ClickHouseCluster {
  readonly shards: readonly ClickHouseShard[];
  /** the shards' HTTP URLs, comma-separated, as CLICKHOUSE_URL takes them */
  readonly url: string;
  readonly cluster: string;
  stop(): Promise<void>;
}

/** The server binary, or why there is none to use. */
export function clickhouseBinary(): { server: string } | { missing: string } {
  if (existsSync(SERVER)) return { server: SERVER };
  if (existsSync(BINARY)) return { server: BINARY };
  return { missing: `no ${SERVER} (install Debian's clickhouse-server package)` };
}

const running = new Set<ChildProcess>();
const directories = new Set<string>();
process.once('exit', () => {
  // a test run that ends without stopping its cluster must leave no servers, nor their data in memory
  for (const child of running) child.kill('SIGKILL');
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});

/**
 * Starts both shards; fails (rather than skips) when the binary is there but does not work.
 * With `dataDir` the shards keep their data there, and stop() leaves it: started again on it
 * (new ports, same cluster name), they hold what they held. A kill loses nothing an insert was
 * told was stored: ClickHouse renames a part into place once it is written.
 */
export async function startClickHouseCluster(
  server: string,
  shardCount = 2,
  dataDir?: string,
): Promise<ClickHouseCluster> {
  const kept = dataDir !== undefined;
  const dir = kept ? resolve(dataDir) : await mkdtemp(join(scratch(), 'audit-ch-'));
  if (kept) await mkdir(dir, { recursive: true });
  else directories.add(dir);
  const ports: Ports[] = [];
  for (let i = 0; i < shardCount; i++) ports.push({ http: await freePort(), tcp: await freePort() });
  const shards = ports.map((p, i) => shardProcess(server, join(dir, `shard${i + 1}`), p, ports));
  const stop = async () => {
    await Promise.all(shards.map((s) => s.stop()));
    if (kept) return;
    await rm(dir, { recursive: true, force: true });
    directories.delete(dir);
  };
  try {
    await Promise.all(shards.map((s) => s.start()));
  } catch (error) {
    await stop();
    throw error;
  }
  return { shards, url: shards.map((s) => s.url).join(','), cluster: TEST_CLUSTER, stop };
}

interface Ports {
  readonly http: number;
  readonly tcp: number;
}

function shardProcess(server: string, dir: string, own: Ports, all: readonly Ports[]): ClickHouseShard {
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${own.http}`;
  return {
    url,
    tcpPort: own.tcp,
    async start() {
      await mkdir(join(dir, 'tmp'), { recursive: true });
      await writeFile(join(dir, 'config.xml'), configXml(dir, own, all));
      await writeFile(join(dir, 'users.xml'), USERS_XML);
      const args =
        server === BINARY
          ? ['server', '--config-file', join(dir, 'config.xml')]
          : ['--config-file', join(dir, 'config.xml')];
      const started = spawn(server, args, { cwd: dir, stdio: 'ignore' });
      child = started;
      running.add(started);
      started.once('exit', () => running.delete(started));
      await answering(url, started, join(dir, 'stderr.log'));
    },
    async stop() {
      const c = child;
      child = undefined;
      if (c === undefined || c.exitCode !== null || c.signalCode !== null) return;
      const exited = new Promise((resolve) => c.once('exit', resolve));
      c.kill('SIGKILL');
      await exited;
    },
  };
}

/** Polls the HTTP interface until it answers; what the process's error log says when it exits instead. */
async function answering(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`clickhouse-server exited with ${child.exitCode} (see ${log})`);
    try {
      const response = await fetch(`${url}/?query=SELECT%201`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline)
      throw new Error(`clickhouse-server at ${url} did not answer in time (see ${log})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function configXml(dir: string, own: Ports, all: readonly Ports[]): string {
  const shards = all
    .map((p) => `<shard><replica><host>127.0.0.1</host><port>${p.tcp}</port></replica></shard>`)
    .join('');
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/stderr.log</errorlog><console>0</console></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${own.http}</http_port>
  <tcp_port>${own.tcp}</tcp_port>
  <path>${dir}/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <uncompressed_cache_size>0</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <remote_servers><${TEST_CLUSTER}>${shards}</${TEST_CLUSTER}></remote_servers>
</yandex>
`;
}

const USERS_XML = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage><max_query_size>67108864</max_query_size><max_ast_elements>10000000</max_ast_elements><max_expanded_ast_elements>10000000</max_expanded_ast_elements></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

/**
 * Memory when the machine has a tmpfs: every insert writes a part of a few dozen files, each
 * synced, which on a busy disk costs a second where tests insert a dozen records.
 */
function scratch(): string {
  return existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
}
