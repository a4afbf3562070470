import type { Logger } from 'pino';

/** Within this of the first signal, another is the same one arriving twice. */
const ECHO_MS = 1_000;

/**
 * SIGTERM (a service manager, `docker stop`) or SIGINT (Ctrl+C): `stop`, then exit 0. A second
 * signal while stopping (a second Ctrl+C) exits at once (1): someone chose not to wait.
 */
export function onStopSignals(log: Logger, stop: () => Promise<void>): void {
  let stoppingSince: number | null = null;
  const handle = (signal: NodeJS.Signals): void => {
    if (stoppingSince !== null) {
      // under `npm start` one Ctrl+C arrives twice: from the terminal, and forwarded by npm
      if (performance.now() - stoppingSince < ECHO_MS) return;
      log.warn({ signal }, 'stopping at once, without waiting for requests in flight');
      process.exit(1);
    }
    stoppingSince = performance.now();
    log.info({ signal }, 'stopping: no new connections; answering the requests in flight');
    stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'could not stop cleanly');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
