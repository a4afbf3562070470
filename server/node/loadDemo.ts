import type { Logger } from 'pino';
import type { HostStore } from './hostStore';

/** At most one progress line this often while a stream is inserted, and one when it is done. */
const PROGRESS_EVERY_MS = 2_000;

const NOT_EMPTY =
  'demo: not loaded, the store already holds records (--demo fills only an empty store). ' +
  'Start without --demo to serve them, or set DATA_DIR to an empty directory for a fresh demo.';

/**
 * `--demo`: the demo world into an empty store, before the server listens. The generator is
 * imported only here and only then: a server started without --demo never loads it.
 */
export async function loadDemo(
  store: HostStore,
  records: number,
  log: Logger,
  signal: AbortSignal,
): Promise<void> {
  // asked before the generator is even loaded; loadDemoWorld asks again, as it must on its own
  if (!(await store.isEmpty())) {
    log.warn(NOT_EMPTY);
    return;
  }
  const { loadDemoWorld } = await import('../../mocks/loadDemoWorld');
  log.info({ records }, 'demo: generating the demo world (records per stream)');
  let lastLine = performance.now();
  const result = await loadDemoWorld(store, {
    records,
    signal,
    onGenerated: (ms) => log.info({ ms: Math.round(ms) }, 'demo: generated; inserting'),
    onProgress: ({ stream, inserted, total }) => {
      const now = performance.now();
      if (inserted < total && now - lastLine < PROGRESS_EVERY_MS) return;
      lastLine = now;
      log.info({ stream, inserted, total }, 'demo: inserting');
    },
  });
  if (!result.loaded) {
    log.warn(NOT_EMPTY);
    return;
  }
  log.info(
    {
      added: result.added,
      documents: result.documents,
      generateMs: Math.round(result.generateMs),
      insertMs: Math.round(result.insertMs),
    },
    'demo: loaded',
  );
}
