import type { Role } from '../../src/api/schemas/me';

/** Why a session ended. */
/** `revoked`: an owner ended it (Settings → Sessions). */
export type EndReason = 'signed_out' | 'idle' | 'expired' | 'revoked';

/** A server-side session: the browser holds only its id, the store only the id's SHA-256. */
export interface StoredSession {
  /** SHA-256 of the cookie's value, hex */
  idHash: string;
  userId: string;
  name: string;
  email: string;
  /** mapped at sign-in: a change at the provider applies from the next sign-in */
  role: Role;
  groups: readonly string[];
  createdMs: number;
  lastSeenMs: number;
  /** the absolute limit: created + SESSION_MAX_HOURS */
  expiresMs: number;
  endedMs: number | null;
  endReason: EndReason | null;
}

/** Sessions live beside the audit store, not in it: only the server has them (the demo has none). */
export interface SessionStore {
  create(session: StoredSession): Promise<void>;
  find(idHash: string): Promise<StoredSession | null>;
  touch(idHash: string, lastSeenMs: number): Promise<void>;
  /** false when it had already ended: two requests racing to end one session audit it once */
  end(idHash: string, endedMs: number, reason: EndReason): Promise<boolean>;
  /** not ended, not past their limit, used since `idleSince`: newest first */
  live(now: number, idleSince: number): Promise<StoredSession[]>;
  /** the sessions whose hash starts with `prefix` (hex): an owner names a session by its handle */
  withPrefix(prefix: string): Promise<StoredSession[]>;
  /** deletes sessions that ended, or passed their limit, before `before`; resolves to how many */
  prune(before: number): Promise<number>;
}
