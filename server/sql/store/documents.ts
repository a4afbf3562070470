import type { DocumentCollection, Versioned } from '../../engine/types';
import type { SqlDb, SqlExecutor } from '../db';
import { newEtag } from './etag';

interface DocumentRow {
  value: unknown;
  etag: string;
}

/**
 * One collection of settings documents in the `documents` table (migration 002). Every
 * conditional write is a single statement (`… WHERE etag = $old`), so the If-Match check and
 * the write cannot be split by another writer; a create and its idempotency key are one
 * transaction.
 */
export function sqlDocuments<T extends { id: string }>(db: SqlDb, collection: string): DocumentCollection<T> {
  const versioned = (row: DocumentRow): Versioned<T> => ({ value: row.value as T, etag: row.etag });

  async function get(tx: SqlExecutor, id: string): Promise<Versioned<T> | undefined> {
    const { rows } = await tx.query<DocumentRow>(
      'SELECT value, etag FROM documents WHERE collection = $1::text AND id = $2::text',
      [collection, id],
    );
    const row = rows[0];
    return row && versioned(row);
  }

  async function put(tx: SqlExecutor, value: T): Promise<string> {
    const etag = newEtag();
    await tx.query(
      `INSERT INTO documents (collection, id, value, etag) VALUES ($1::text, $2::text, $3::jsonb, $4::text)
       ON CONFLICT (collection, id) DO UPDATE SET value = EXCLUDED.value, etag = EXCLUDED.etag`,
      [collection, value.id, JSON.stringify(value), etag],
    );
    return etag;
  }

  const currentEtag = async (id: string) => (await get(db, id))?.etag;

  return {
    async list() {
      const { rows } = await db.query<DocumentRow>(
        'SELECT value, etag FROM documents WHERE collection = $1::text ORDER BY position',
        [collection],
      );
      return rows.map(versioned);
    },
    get: (id) => get(db, id),
    put: (value) => put(db, value),
    async remove(id) {
      const result = await db.query('DELETE FROM documents WHERE collection = $1::text AND id = $2::text', [
        collection,
        id,
      ]);
      return (result.affectedRows ?? 0) > 0;
    },
    create: (value, once) =>
      db.transaction(async (tx) => {
        if (once) {
          // a racing create with the same key waits here for the first one's commit, then finds its row
          const claimed = await tx.query(
            `INSERT INTO idempotency_keys (scope, key, document_id) VALUES ($1::text, $2::text, $3::text)
             ON CONFLICT (scope, key) DO NOTHING`,
            [once.scope, once.key, value.id],
          );
          if ((claimed.affectedRows ?? 0) === 0) {
            const { rows } = await tx.query<{ document_id: string }>(
              'SELECT document_id FROM idempotency_keys WHERE scope = $1::text AND key = $2::text',
              [once.scope, once.key],
            );
            const earlier = rows[0] && (await get(tx, rows[0].document_id));
            if (earlier) return { ...earlier, created: false };
            // what the key made was deleted since: the key now names the new document, as in memory
            await tx.query(
              'UPDATE idempotency_keys SET document_id = $3::text WHERE scope = $1::text AND key = $2::text',
              [once.scope, once.key, value.id],
            );
          }
        }
        return { value, etag: await put(tx, value), created: true };
      }),
    async replace(value, etag) {
      const next = newEtag();
      const result = await db.query(
        `UPDATE documents SET value = $3::jsonb, etag = $4::text
          WHERE collection = $1::text AND id = $2::text AND etag = $5::text`,
        [collection, value.id, JSON.stringify(value), next, etag],
      );
      if ((result.affectedRows ?? 0) > 0) return { ok: true, etag: next };
      return { ok: false, current: await currentEtag(value.id) };
    },
    async removeIf(id, etag) {
      const result = await db.query(
        'DELETE FROM documents WHERE collection = $1::text AND id = $2::text AND etag = $3::text',
        [collection, id, etag],
      );
      if ((result.affectedRows ?? 0) > 0) return { ok: true, etag: '' };
      return { ok: false, current: await currentEtag(id) };
    },
  };
}

/** The id a create with this key made, if one did. */
export async function findIdempotencyKey(
  db: SqlExecutor,
  scope: string,
  key: string,
): Promise<string | undefined> {
  const { rows } = await db.query<{ document_id: string }>(
    'SELECT document_id FROM idempotency_keys WHERE scope = $1::text AND key = $2::text',
    [scope, key],
  );
  return rows[0]?.document_id;
}
