import type { Logger } from 'pino';

/**
 * SIGTERM (a service manager, `docker stop`) or SIGINT (Ctrl+C): `stop`, then exit 0. A second
 * signal while stopping exits at once (1): someone chose not to wait.
 */
export function onStopSignals(log: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log.warn({ signal }, 'stopping at once, without waiting for requests in flight');
      process.exit(1);
    }
    stopping = true;
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
