import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../src/api/schemas/me';
import type { EndReason, SessionStore, StoredSession } from './sessionStore';
import type { SessionLimits } from './settings';

/** Who signed in, as the provider's claims and the role mapping said. */
export interface SignedIn {
  userId: string;
  name: string;
  email: string;
  role: Role;
  groups: readonly string[];
}

export type Resolved =
  | { state: 'active'; session: StoredSession }
  /** it has just ended (idle or past its limit), or ended before (signed out) */
  | { state: 'ended'; session: StoredSession; reason: EndReason; justNow: boolean }
  | { state: 'unknown' };

/** last_seen is written at most this often: a busy page makes one write a minute, not one a request */
const TOUCH_EVERY_MS = 60_000;

export const hashOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export interface Sessions {
  /** a new session; the token is the cookie's value and is never stored */
  open(user: SignedIn): Promise<{ token: string; session: StoredSession }>;
  resolve(token: string): Promise<Resolved>;
  /** signs out; the ended session, or null when there was none to end */
  end(token: string): Promise<StoredSession | null>;
  /** the sessions in use now (an owner's list) */
  live(): Promise<StoredSession[]>;
  /** an owner ends the session `handle` names; null when no live session has that handle */
  revoke(handle: string): Promise<StoredSession | null>;
  limits: SessionLimits;
}

/** Sessions with idle and absolute limits, on the clock given (tests move it by hand). */
export function sessions(store: SessionStore, limits: SessionLimits, now: () => number = Date.now): Sessions {
  return {
    limits,
    async open(user) {
      // 256 random bits: guessing one is hopeless, so the id alone is the credential
      const token = randomBytes(32).toString('base64url');
      const at = now();
      const session: StoredSession = {
        idHash: hashOf(token),
        userId: user.userId,
        name: user.name,
        email: user.email,
        role: user.role,
        groups: [...user.groups],
        createdMs: at,
        lastSeenMs: at,
        expiresMs: at + limits.maxMs,
        endedMs: null,
        endReason: null,
      };
      await store.create(session);
      return { token, session };
    },
    async resolve(token) {
      const session = await store.find(hashOf(token));
      if (!session) return { state: 'unknown' };
      if (session.endedMs !== null)
        return { state: 'ended', session, reason: session.endReason ?? 'signed_out', justNow: false };
      const at = now();
      const reason: EndReason | null =
        at >= session.expiresMs ? 'expired' : at - session.lastSeenMs >= limits.idleMs ? 'idle' : null;
      if (reason) {
        const justNow = await store.end(session.idHash, at, reason);
        return { state: 'ended', session: { ...session, endedMs: at, endReason: reason }, reason, justNow };
      }
      if (at - session.lastSeenMs >= TOUCH_EVERY_MS) {
        await store.touch(session.idHash, at);
        session.lastSeenMs = at;
      }
      return { state: 'active', session };
    },
    async end(token) {
      const session = await store.find(hashOf(token));
      if (!session || session.endedMs !== null) return null;
      const at = now();
      return (await store.end(session.idHash, at, 'signed_out'))
        ? { ...session, endedMs: at, endReason: 'signed_out' }
        : null;
    },
    async live() {
      const at = now();
      return store.live(at, at - limits.idleMs);
    },
    async revoke(handle) {
      const found = await store.withPrefix(handle);
      const at = now();
      // two sessions sharing 64 bits of hash is all but impossible; were it so, neither is ended
      const session = found.length === 1 ? found[0] : undefined;
      if (!session || session.endedMs !== null || at >= session.expiresMs) return null;
      return (await store.end(session.idHash, at, 'revoked'))
        ? { ...session, endedMs: at, endReason: 'revoked' }
        : null;
    },
  };
}
