import type { AuditRecord } from '../../../src/api/streams';
import type { RecordSearch } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { searchPage } from '../page';
import { streamTables } from '../tables';
import { recordOf, requestOf } from './recordSearch';

/** Records per read: the server holds one batch of an export at a time, whatever its size. */
export const EXPORT_BATCH = 1000;

/**
 * A search's records in order, a keyset page at a time. No connection or transaction is held
 * between batches, so a slow download costs the database nothing while it waits; records
 * written meanwhile may or may not be met, and the body stops at the total it announced.
 */
export async function* exportBatches(
  db: SqlExecutor,
  search: RecordSearch,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<readonly AuditRecord[]> {
  const table = streamTables[search.stream];
  const request = requestOf(search);
  let cursor: string | null = null;
  do {
    const page = await searchPage(db, table, request, { cursor, limit: batchSize });
    if (page.rows.length > 0) yield page.rows.map(recordOf);
    cursor = page.nextCursor;
  } while (cursor !== null);
}
