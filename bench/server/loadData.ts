/**
 * Loads the demo world into an empty SQL store for the bench (bench/server/data.mjs runs it in a
 * child process, through Vite, as `npm run openapi` runs TypeScript): DATA_DIR (PGlite) or
 * DATABASE_URL, BENCH_LOAD_RECORDS per stream. Prints one JSON line of timings when done.
 *
 * Why not the server's own --demo: embedded PGlite has no checkpointer process, so its WAL grows by
 * every row written until the database is closed (~11 kB a record here: tens of GB for a million
 * per stream). The loader checkpoints every few batches.
 */
import { loadDemoWorld } from '../../mocks/loadDemoWorld';
import type { SqlDb } from '../../server/sql/db';
import { openPglite } from '../../server/sql/pglite';
import { openPostgres } from '../../server/sql/postgres';
import { createSqlStore } from '../../server/sql/store/createSqlStore';

const CHECKPOINT_EVERY = 20;

const records = Number(process.env.BENCH_LOAD_RECORDS);
const databaseUrl = process.env.DATABASE_URL;
const db: SqlDb = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(process.env.DATA_DIR);
const store = await createSqlStore(db);
let batches = 0;
let last = 0;
const result = await loadDemoWorld(
  {
    isEmpty: () => store.isEmpty(),
    destinations: store.destinations,
    deliveries: store.deliveries,
    savedSearches: store.savedSearches,
    async insert(stream, batch) {
      const added = await store.insert(stream, batch);
      if (!databaseUrl && ++batches % CHECKPOINT_EVERY === 0) await db.exec('CHECKPOINT');
      return added;
    },
  },
  {
    records,
    onProgress({ stream, inserted, total }) {
      if (Date.now() - last < 60_000 && inserted < total) return;
      last = Date.now();
      process.stderr.write(
        `loading ${stream}: ${inserted.toLocaleString('en')} of ${total.toLocaleString('en')}\n`,
      );
    },
  },
);
await db.close();
if (!result.loaded) throw new Error('the store already held records');
process.stdout.write(
  `${JSON.stringify({ generateMs: Math.round(result.generateMs), insertMs: Math.round(result.insertMs) })}\n`,
);
