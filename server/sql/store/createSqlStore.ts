import type { StreamName } from '../../../src/api/streams';
import type { StoredDelivery } from '../../engine/deliveries';
import type { StoredDestination } from '../../engine/destinations';
import type { StoredIngestToken } from '../../engine/ingestTokens';
import type { StoredQuarantined } from '../../engine/quarantine';
import type { StoredRetention } from '../../engine/retention';
import type { StoredSavedSearch } from '../../engine/savedSearches';
import type { AuditStore } from '../../engine/types';
import type { SessionStore } from '../../auth/sessionStore';
import { sqlSessions } from '../../auth/sqlSessions';
import type { SqlDb } from '../db';
import { insertRecords } from '../insert';
import { withSenderDefaults } from '../../../src/api/streams/senderDefaults';
import { ensureHourlyRollup } from '../rollup/rebuild';
import { streamTables } from '../tables';
import { findIdempotencyKey, sqlDocuments } from './documents';
import { exportBatches } from './exportBatches';
import { sqlFacets } from './facets';
import { sqlHistogram } from './histogram';
import { COLLECTIONS, hasNoRecords, resetAll, seedDocuments } from './lifecycle';
import { countRecords, recordOf, searchRecords } from './recordSearch';
import { countOlderThan, dropOlderThan } from './retentionCuts';
import { StreamCache } from './streamCache';
import { upkeep } from './upkeep';
import { sqlTail } from './tail';
import { sqlTimeline } from './timeline';
import { sqlTopValues } from './topValues';

/** Long enough to page through a search or type a prefix; short enough that another server's writes show soon. */
const CACHE_MS = 15_000;
const CACHED_PER_STREAM = 500;

/** The API's store over a SQL database, with what a server needs besides. */
export interface SqlStore extends AuditStore {
  /** ends the database connection (or the embedded database) */
  close(): Promise<void>;
  /** no stream has a record: a new database, for a host to decide whether to load any */
  isEmpty(): Promise<boolean>;
  /** the server's sign-in sessions (migration 006): beside the audit store, not part of it */
  sessions: SessionStore;
  /** planner statistics and a checkpoint for the embedded database (upkeep.ts); hourly */
  maintain(): Promise<void>;
}

/**
 * The API's store (AuditStore) over a migrated database: records in the per-stream tables of
 * migration 001, settings documents and idempotency keys in those of 002, records counted per
 * hour in the rollup of 005 (kept by whatever changes records). Only `insert`, `append`,
 * retention (`dropOlderThan`) and `reset` change records.
 */
export async function createSqlStore(
  db: SqlDb,
  /** `embedded`: PGlite, which has no background checkpointer or autovacuum (upkeep.ts) */
  { embedded = false }: { embedded?: boolean } = {},
): Promise<SqlStore> {
  const care = upkeep(db, embedded);
  await seedDocuments(db);
  await ensureHourlyRollup(db);
  const totals = new StreamCache<number>(CACHE_MS, CACHED_PER_STREAM);
  const facets = new StreamCache<{ value: string; count: number }[]>(CACHE_MS, CACHED_PER_STREAM);
  const changed = (stream: StreamName): void => {
    totals.forget(stream);
    facets.forget(stream);
  };

  return {
    search: (search, page) => searchRecords(db, totals, search, page),
    count: (search) => countRecords(db, totals, search),
    histogram: (search, range, maxBuckets, timeZone) => sqlHistogram(db, search, range, maxBuckets, timeZone),
    topValues: (search, field, limit) => sqlTopValues(db, search, field, limit),
    facets: (stream, field, prefix, limit) =>
      facets.remember(stream, JSON.stringify([field, prefix, limit]), () =>
        sqlFacets(db, stream, field, prefix, limit),
      ),
    async export(search) {
      return { total: await countRecords(db, totals, search), batches: exportBatches(db, search) };
    },
    timeline: (key, value, limit) => sqlTimeline(db, key, value, limit),
    tail: (stream, query, after) => sqlTail(db, stream, query, after, Date.now()),
    async get(stream, id) {
      const { rows } = await db.query<{ doc: unknown }>(
        `SELECT doc FROM ${streamTables[stream].name} WHERE id = $1::text`,
        [id],
      );
      return rows[0] && recordOf(rows[0]);
    },
    // the record carries its own time, which is where the table orders it; a field its writer
    // left out is stored as null, as ingest and the memory store do
    async append(stream, record) {
      await insertRecords(db, streamTables[stream], [withSenderDefaults(stream, record)]);
      changed(stream);
    },
    countOlderThan: (stream, cutoff) => countOlderThan(db, stream, cutoff),
    async dropOlderThan(stream, cutoff) {
      const dropped = await dropOlderThan(db, stream, cutoff);
      changed(stream);
      return dropped;
    },

    destinations: sqlDocuments<StoredDestination>(db, COLLECTIONS.destinations),
    deliveries: sqlDocuments<StoredDelivery>(db, COLLECTIONS.deliveries),
    retention: sqlDocuments<StoredRetention>(db, COLLECTIONS.retention),
    savedSearches: sqlDocuments<StoredSavedSearch>(db, COLLECTIONS.savedSearches),
    ingestTokens: sqlDocuments<StoredIngestToken>(db, COLLECTIONS.ingestTokens),
    quarantine: sqlDocuments<StoredQuarantined>(db, COLLECTIONS.quarantine),
    idempotency: { find: (scope, key) => findIdempotencyKey(db, scope, key) },

    async reset() {
      await db.transaction((tx) => resetAll(tx));
      totals.clear();
      facets.clear();
    },
    close: () => db.close(),
    sessions: sqlSessions(db),
    isEmpty: () => hasNoRecords(db),
    async insert(stream, records, arrived) {
      const added = await insertRecords(db, streamTables[stream], records, arrived ?? null);
      if (added > 0) changed(stream);
      await care.inserted(added);
      return { added, existing: records.length - added };
    },
    maintain: () => care.maintain(),
  };
}
