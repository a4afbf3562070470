import { streamNames, type StreamName } from '../../../src/api/streams';
import type { SqlDb, SqlExecutor } from '../db';
import { SqlParams } from '../params';
import { streamTables } from '../tables';
import { rollupCell, rollupDefinition } from './bands';

// any fixed number: it only has to differ from other advisory locks taken on this database
const REBUILD_LOCK = 727_110_004;

/**
 * Makes each stream's rollup agree with the bands this server compiles: a stream whose stored
 * definition differs (a changed outcome query, a database from before the rollup) is counted
 * again from its records. Returns the streams counted again.
 */
export async function ensureHourlyRollup(db: SqlDb): Promise<StreamName[]> {
  const rebuilt: StreamName[] = [];
  for (const stream of streamNames) {
    const definition = rollupDefinition(stream);
    if ((await storedDefinition(db, stream)) === definition) continue;
    const did = await db.transaction(async (tx) => {
      // another server opening the same database may be doing the same: one at a time, then look again
      await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [REBUILD_LOCK]);
      if ((await storedDefinition(tx, stream)) === definition) return false;
      await rebuildStream(tx, stream, definition);
      return true;
    });
    if (did) rebuilt.push(stream);
  }
  return rebuilt;
}

async function storedDefinition(db: SqlExecutor, stream: StreamName): Promise<string | undefined> {
  const { rows } = await db.query<{ definition: string }>(
    'SELECT definition FROM hourly_rollup_bands WHERE stream = $1::text',
    [stream],
  );
  return rows[0]?.definition;
}

/** Every cell of a stream counted from its records; in a transaction, which it holds the table for. */
export async function rebuildStream(tx: SqlExecutor, stream: StreamName, definition: string): Promise<void> {
  const table = streamTables[stream].name;
  // writers wait until the count is in: a record inserted meanwhile would be missed, or counted twice
  await tx.query(`LOCK TABLE ${table} IN SHARE MODE`);
  await tx.query('DELETE FROM hourly_rollup WHERE stream = $1::text', [stream]);
  const params = new SqlParams();
  const name = params.add(stream, 'text');
  const cell = rollupCell(stream, params);
  await tx.query(
    `INSERT INTO hourly_rollup (stream, hour_ms, matches, outcome, records)
     SELECT ${name}, ${cell.hour}, ${cell.matches}, ${cell.outcome}, count(*) FROM ${table} GROUP BY 2, 3, 4`,
    params.values,
  );
  await tx.query(
    `INSERT INTO hourly_rollup_bands (stream, definition) VALUES ($1::text, $2::text)
     ON CONFLICT (stream) DO UPDATE SET definition = EXCLUDED.definition`,
    [stream, definition],
  );
}
