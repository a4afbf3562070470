import type { SqlDb } from '../db';

/**
 * Rows inserted between two checkpoints of the embedded database. PGlite runs no background
 * checkpointer: without one its write-ahead log keeps every change (~11 kB a record measured)
 * until the database closes, and a server that ingests for days fills its disk.
 */
const CHECKPOINT_ROWS = 20_000;

/** What a server's SQL store does besides answering: keep the embedded database in shape. */
export interface Upkeep {
  /** after a transaction added `rows` records */
  inserted(rows: number): Promise<void>;
  /**
   * Fresh planner statistics and a checkpoint (hourly, and after a bulk load). PGlite has no
   * autovacuum either, so nothing else runs ANALYZE: a free-text search over a million records
   * measured 200–300 ms with a stale plan, 52 ms after one ANALYZE. PostgreSQL does both itself.
   */
  maintain(): Promise<void>;
}

export function upkeep(db: SqlDb, embedded: boolean): Upkeep {
  let since = 0;
  let running: Promise<unknown> | null = null;
  // one at a time: a checkpoint asked for while one runs has nothing more to flush
  const once = (work: () => Promise<unknown>): Promise<void> => {
    running ??= work().finally(() => {
      running = null;
    });
    return running.then(() => undefined);
  };
  return {
    async inserted(rows) {
      if (!embedded) return;
      since += rows;
      if (since < CHECKPOINT_ROWS) return;
      since = 0;
      await once(() => db.exec('CHECKPOINT'));
    },
    async maintain() {
      if (!embedded) return;
      since = 0;
      await once(() => db.exec('ANALYZE; CHECKPOINT'));
    },
  };
}
