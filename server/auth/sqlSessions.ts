import { roleSchema } from '../../src/api/schemas/me';
import type { SqlExecutor } from '../sql/db';
import type { EndReason, SessionStore, StoredSession } from './sessionStore';

interface Row {
  id_hash: string;
  user_id: string;
  name: string;
  email: string;
  role: string;
  groups: string[];
  created_ms: string | number;
  last_seen_ms: string | number;
  expires_ms: string | number;
  ended_ms: string | number | null;
  end_reason: string | null;
}

const COLUMNS =
  'id_hash, user_id, name, email, role, groups, created_ms, last_seen_ms, expires_ms, ended_ms, end_reason';

// bigint comes back as a string from pg and a number from PGlite
const ms = (value: string | number): number => Number(value);

function sessionOf(row: Row): StoredSession {
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: roleSchema.parse(row.role),
    groups: row.groups,
    createdMs: ms(row.created_ms),
    lastSeenMs: ms(row.last_seen_ms),
    expiresMs: ms(row.expires_ms),
    endedMs: row.ended_ms === null ? null : ms(row.ended_ms),
    endReason: row.end_reason as EndReason | null,
  };
}

/** Sessions in the `sessions` table (migration 006), so that a restart keeps people signed in. */
export function sqlSessions(db: SqlExecutor): SessionStore {
  return {
    async create(s) {
      await db.query(
        `INSERT INTO sessions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, NULL, NULL)`,
        [
          s.idHash,
          s.userId,
          s.name,
          s.email,
          s.role,
          JSON.stringify(s.groups),
          s.createdMs,
          s.lastSeenMs,
          s.expiresMs,
        ],
      );
    },
    async find(idHash) {
      const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM sessions WHERE id_hash = $1`, [idHash]);
      return rows[0] ? sessionOf(rows[0]) : null;
    },
    async touch(idHash, lastSeenMs) {
      await db.query(
        'UPDATE sessions SET last_seen_ms = GREATEST(last_seen_ms, $2) WHERE id_hash = $1 AND ended_ms IS NULL',
        [idHash, lastSeenMs],
      );
    },
    async end(idHash, endedMs, reason) {
      const { rows } = await db.query<{ id_hash: string }>(
        'UPDATE sessions SET ended_ms = $2, end_reason = $3 WHERE id_hash = $1 AND ended_ms IS NULL RETURNING id_hash',
        [idHash, endedMs, reason],
      );
      return rows.length > 0;
    },
    async live(now, idleSince) {
      const { rows } = await db.query<Row>(
        `SELECT ${COLUMNS} FROM sessions WHERE ended_ms IS NULL AND expires_ms > $1 AND last_seen_ms > $2
         ORDER BY created_ms DESC, id_hash`,
        [now, idleSince],
      );
      return rows.map(sessionOf);
    },
    async withPrefix(prefix) {
      // the handle is checked to be hex by the route; LIKE's wildcards cannot be in it
      const { rows } = await db.query<Row>(`SELECT ${COLUMNS} FROM sessions WHERE id_hash LIKE $1 LIMIT 2`, [
        `${prefix}%`,
      ]);
      return rows.map(sessionOf);
    },
    async prune(before) {
      const { rows } = await db.query<{ id_hash: string }>(
        'DELETE FROM sessions WHERE ended_ms < $1 OR expires_ms < $1 RETURNING id_hash',
        [before],
      );
      return rows.length;
    },
  };
}
