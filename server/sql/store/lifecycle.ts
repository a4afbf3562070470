import { streamNames } from '../../../src/api/streams';
import { DEFAULT_RETENTION } from '../../engine/retention';
import type { SqlExecutor } from '../db';
import { streamTables } from '../tables';
import { newEtag } from './etag';

/** The collections of the documents table, by the store's names for them. */
export const COLLECTIONS = {
  destinations: 'destinations',
  deliveries: 'deliveries',
  retention: 'retention',
  savedSearches: 'saved-searches',
  ingestTokens: 'ingest-tokens',
  quarantine: 'quarantine',
} as const;

const RECORD_TABLES = streamNames.map((s) => streamTables[s].name);

/**
 * The documents a store has from the start: the retention policy, as the contracts default it.
 * Stored rather than assumed, so that it has an ETag the first change can name (If-Match).
 */
export async function seedDocuments(db: SqlExecutor): Promise<void> {
  await db.query(
    `INSERT INTO documents (collection, id, value, etag) VALUES ($1::text, $2::text, $3::jsonb, $4::text)
     ON CONFLICT (collection, id) DO NOTHING`,
    [COLLECTIONS.retention, DEFAULT_RETENTION.id, JSON.stringify(DEFAULT_RETENTION), newEtag()],
  );
}

/**
 * Everything back to a new store's state: no records, no settings but the defaults, no keys.
 * The rollup's counts go with the records; what its bands are stays true of an empty table.
 */
export async function resetAll(db: SqlExecutor): Promise<void> {
  const tables = [...RECORD_TABLES, 'hourly_rollup', 'documents', 'idempotency_keys'];
  await db.query(`TRUNCATE ${tables.join(', ')}`);
  await seedDocuments(db);
}

/** No stream has a record (settings do not count: a new store has its defaults). */
export async function hasNoRecords(db: SqlExecutor): Promise<boolean> {
  const none = RECORD_TABLES.map((t) => `NOT EXISTS (SELECT 1 FROM ${t})`).join(' AND ');
  const { rows } = await db.query<{ empty: boolean }>(`SELECT ${none} AS empty`);
  return rows[0]?.empty ?? true;
}
