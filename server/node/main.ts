/**
 * `npm start`: the audit server. Built into dist-server/main.js (vite.server.config.ts) and run
 * by Node from there, which is why the console is found relative to this file.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import { ConfigError, isLoopback, readConfig, type HostConfig } from './config';
import { loadConsoleFiles } from './consoleFiles';
import { createHost } from './createHost';
import type { HostStore } from './hostStore';
import { describeStore } from './describeStore';
import { listen, type Listening } from './listen';
import { fingerprintKey } from './fingerprintKey';
import { loadDemo } from './loadDemo';
import { hostAuth } from './hostAuth';
import { openClickHouseStore } from '../clickhouse/openStore';
import { openSqlStore } from '../sql/openStore';
import { ensureEnvironmentToken } from '../engine/environmentToken';
import { retentionRun } from './retentionRun';
import { onStopSignals } from './stopSignals';
import { hostStoreFactory } from './storeFactory';

const CONSOLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist-console');
/** Under Docker's 10 s between SIGTERM and SIGKILL, so that the store is still closed cleanly. */
const SHUTDOWN_TIMEOUT_MS = 8_000;

function configOrExit(): HostConfig {
  try {
    return readConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

/** The demo if asked for, then the host on its port. */
async function start(
  config: HostConfig,
  store: HostStore,
  log: Logger,
  signal: AbortSignal,
): Promise<Listening> {
  if (config.demo) await loadDemo(store, config.demo.records, log, signal);
  // before the first request: a removed or changed INGEST_TOKEN must not work for a moment longer
  const token = await ensureEnvironmentToken(store, config.ingestToken);
  if (token !== 'unchanged' && token !== 'none')
    log.info({ change: token }, `the ingest token from INGEST_TOKEN was ${token}`);
  const auth = hostAuth({ settings: config.auth, sessions: store.sessions, store, log });
  const host = createHost({
    store,
    identity: auth.identity,
    auth,
    console: await loadConsoleFiles(CONSOLE_DIR),
    log,
    fingerprintKey: await fingerprintKey(config.fingerprintKey, config.store, log),
  });
  return listen(host.fetch, { port: config.port, hostname: config.host });
}

/** Saving a shorter period drops records at once; after that, time moves on: check hourly (sessions too). */
const RETENTION_EVERY_MS = 60 * 60_000;

/** Retention (records, then sessions), then the database's upkeep (statistics and a checkpoint for PGlite), hourly. */
function keepRetention(store: HostStore, log: Logger, stop: AbortSignal): () => Promise<void> {
  let current: Promise<void> = Promise.resolve();
  const run = () =>
    (current = retentionRun(store)
      .then(
        ({ dropped, sessions }) => log.info({ dropped, sessionsPruned: sessions }, 'retention applied'),
        (err: unknown) => log.error({ err }, 'retention could not be applied'),
      )
      .then(() => (stop.aborted ? undefined : store.maintain()))
      .catch((err: unknown) => log.error({ err }, 'database upkeep failed')));
  void run();
  const timer = setInterval(() => void run(), RETENTION_EVERY_MS);
  timer.unref();
  stop.addEventListener('abort', () => clearInterval(timer));
  return () => current;
}

/** How long a stop waits for a retention run under way (its deletes are one transaction either way). */
const RETENTION_WAIT_MS = 5_000;

async function main(): Promise<void> {
  const config = configOrExit();
  const log = pino({ level: config.logLevel });
  const where = describeStore(config.store, config.records);

  // installed first: PGlite creating a new data directory is the last thing to cut short
  const stopping = new AbortController();
  let opening: Promise<HostStore> | null = null;
  let starting: Promise<Listening> | null = null;
  let retentionUnderWay: (() => Promise<void>) | null = null;
  onStopSignals(log, async () => {
    stopping.abort();
    // a demo being loaded stops at its next batch: the store is not closed under an insert
    const listening = await starting?.catch(() => null);
    const closed = await listening?.close(SHUTDOWN_TIMEOUT_MS);
    if (closed?.forced) log.warn({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'cut the requests still open');
    // the store is not closed under a retention run (its next statement would find no pool)
    let waited: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      retentionUnderWay?.(),
      new Promise<void>((resolve) => (waited = setTimeout(resolve, RETENTION_WAIT_MS))),
    ]);
    clearTimeout(waited);
    const store = await opening?.catch(() => null);
    await store?.close();
  });

  opening = hostStoreFactory(config, { sql: openSqlStore, clickhouse: openClickHouseStore })();
  const store = await opening.catch((err: unknown) => {
    if (stopping.signal.aborted) return null;
    log.fatal({ err, ...where }, 'could not open the store');
    process.exit(1);
  });
  // stopped meanwhile: the signal's handler closes the store and exits
  if (!store || stopping.signal.aborted) return;
  log.info(where, 'store open');

  starting = start(config, store, log, stopping.signal);
  let listening: Listening;
  try {
    listening = await starting;
  } catch (err) {
    // stopped while starting: the signal's handler closes the store and exits
    if (stopping.signal.aborted) return;
    log.fatal({ err }, 'could not start');
    await store.close().catch(() => undefined);
    process.exit(1);
  }
  if (stopping.signal.aborted) return;
  log.info({ url: listening.url, console: CONSOLE_DIR }, 'audit server listening');
  retentionUnderWay = keepRetention(store, log, stopping.signal);
  const { auth } = config;
  if (auth.mode === 'oidc')
    log.info(
      { issuer: auth.oidc.issuer.href, publicUrl: auth.publicOrigin },
      'sign-in through the identity provider',
    );
  if (auth.mode === 'unconfigured')
    log.warn(
      { missing: auth.missing },
      'sign-in is not set up: every API call answers 401 until these are set',
    );
  if (auth.mode === 'demo')
    log.warn('demo mode without sign-in: every request is the local operator, an owner');
  if (auth.mode === 'demo' && !isLoopback(config.host))
    log.warn(
      { host: config.host },
      'listening beyond this machine in demo mode: whoever reaches this port is its owner',
    );
}

await main();
