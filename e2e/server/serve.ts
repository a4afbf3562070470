// The audit server for the `server` projects' journeys, as `npm start -- --demo` runs it (built
// by the `server` webServer's command first), but in a data directory of its own: every run
// starts from an empty store, so --demo loads, and nothing is left behind once Playwright stops
// it (SIGTERM). With --clickhouse the records go to a throw-away 2-shard ClickHouse cluster on
// loopback, started first and stopped after the server (settings stay in the data directory).
// TypeScript for the cluster's launcher: run through Vite's runnerImport (SERVE in playwright.config.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clickhouseBinary,
  startClickHouseCluster,
  type ClickHouseCluster,
} from '../../server/clickhouse/testing/clickhouseCluster';

const MAIN = 'dist-server/main.js';

function fail(message: string): never {
  console.error(`e2e/server/serve.ts: ${message}`);
  process.exit(1);
}

if (!existsSync(MAIN))
  fail(`no ${MAIN}: the \`server\` webServer builds it (npm run build:console && npm run build:server)`);

let server: ChildProcess | null = null;
let stopping = false;
// Playwright signals the whole process group (the shards too: they are killed below anyway);
// forwarded for when this process alone is signalled. The server takes a second signal within a
// second as the same one.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    stopping = true;
    server?.kill(signal);
  });

let cluster: ClickHouseCluster | null = null;
if (process.argv.includes('--clickhouse')) {
  const binary = clickhouseBinary();
  // a project that quietly ran nothing would pass without ClickHouse ever being tried
  if ('missing' in binary)
    fail(`the server-clickhouse project needs ClickHouse: ${binary.missing}; .ci/run installs it`);
  cluster = await startClickHouseCluster(binary.server);
  if (stopping) {
    await cluster.stop();
    process.exit(1);
  }
}

// a DATABASE_URL or CLICKHOUSE_URL in the developer's environment would send the journeys there
const env = { ...process.env };
delete env.DATABASE_URL;
delete env.CLICKHOUSE_URL;
const dataDir = mkdtempSync(join(tmpdir(), 'audit-e2e-'));
const records = cluster && {
  CLICKHOUSE_URL: cluster.url,
  CLICKHOUSE_CLUSTER: cluster.cluster,
  CLICKHOUSE_DATABASE: 'audit_e2e',
};
server = spawn(process.execPath, ['--enable-source-maps', MAIN, '--demo'], {
  stdio: 'inherit',
  env: { ...env, ...records, DATA_DIR: dataDir },
});
server.on('exit', (code, signal) => {
  // only once the server has closed PGlite and its ClickHouse client: nothing writes any more
  rmSync(dataDir, { recursive: true, force: true });
  void (cluster?.stop() ?? Promise.resolve()).finally(() => process.exit(code ?? (signal === null ? 0 : 1)));
});
