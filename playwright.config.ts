import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './bench/chromium.mjs';
// PW_PORT lets two checkouts (or people) run the suite side by side; the servers take the next
// ports (and e2e/server/signIn.spec.ts the one after them).
const port = Number(process.env.PW_PORT ?? 4173);
const serverPort = port + 1;
const clickhousePort = port + 2;
/** Few records per stream: a server loads them (into PGlite or ClickHouse) before it listens, a few seconds even on a busy machine. */
const SERVER_DEMO_RECORDS = 5_000;
/** e2e/server/ingest.spec.ts sends with it; a test-only value, never a real deployment's */
export const SERVER_INGEST_TOKEN = 'aci_e2eServerIngestTokenNotASecret01';
/**
 * e2e/server/serve.ts is TypeScript (it starts server/clickhouse/testing's cluster): run through
 * Vite as `npm run openapi` runs its script. Arguments follow the `--`.
 */
const SERVE = `node -e "import('vite').then((vite) => vite.runnerImport('./e2e/server/serve.ts'))" --`;

const browser = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1400, height: 900 },
  launchOptions: {
    executablePath: chromiumPath,
    args: chromiumArgs,
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Generous: CI machines are shared and axe alone can take seconds on a full grid.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    timezoneId: 'Europe/Paris',
    locale: 'en-GB',
  },
  projects: [
    {
      // the demo build, its API mocked in the page (MSW)
      name: 'demo',
      testIgnore: 'server/**',
      use: { ...browser, baseURL: `http://localhost:${port}` },
    },
    {
      // `npm start`: the audit server on PGlite, with the demo world loaded at start-up
      name: 'server',
      testDir: './e2e/server',
      // the server listens on 127.0.0.1 only: "localhost" may be ::1 first
      use: { ...browser, baseURL: `http://127.0.0.1:${serverPort}` },
    },
    {
      // the same server with its records on a throw-away 2-shard ClickHouse cluster
      name: 'server-clickhouse',
      testDir: './e2e/server',
      // every record journey (search, drawer, export, sort, time zones, ingest; a new one too), but
      // not those of settings and sign-in, which ClickHouse takes no part in (sign-in starts a
      // PGlite server of its own, on one port: it runs in one project)
      testIgnore: ['settings.spec.ts', 'signIn.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${clickhousePort}` },
    },
  ],
  webServer: [
    {
      name: 'demo',
      command: `npm run build:demo && npx vite preview --port ${port} --strictPort`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      name: 'server',
      // what `npm start` builds, then the server in a fresh data directory (e2e/server/serve.ts)
      command: `npm run build:console && npm run build:server && ${SERVE}`,
      url: `http://127.0.0.1:${serverPort}/api/v1/me`,
      env: serverEnv(serverPort),
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      // SIGTERM lets it close PGlite and remove its data directory; a kill would leave both behind
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
    {
      name: 'server-clickhouse',
      // Built by the webServer above: Playwright starts webServers one after another, each once
      // the one before answers, so the build is done (and not run twice into dist-server at once).
      command: `${SERVE} --clickhouse`,
      url: `http://127.0.0.1:${clickhousePort}/api/v1/me`,
      env: serverEnv(clickhousePort),
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      // SIGTERM: the server closes, then the cluster stops and every temporary directory goes
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    },
  ],
});

function serverEnv(listenOn: number): Record<string, string> {
  return {
    PORT: String(listenOn),
    HOST: '127.0.0.1',
    DEMO: '1',
    DEMO_RECORDS: String(SERVER_DEMO_RECORDS),
    LOG_LEVEL: 'warn',
    INGEST_TOKEN: SERVER_INGEST_TOKEN,
  };
}
