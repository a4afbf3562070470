import type { SessionStore } from './sessionStore';

/**
 * How long a session's row outlives its end. Who signed in when is in the Activity and
 * Authentication records, kept by the retention policy; the row itself only serves the
 * session while it lives, and a month covers a look at one that just ended.
 */
export const SESSIONS_KEPT_MS = 30 * 24 * 3_600_000;

/** Deletes the sessions that ended (or passed their limit) over SESSIONS_KEPT_MS before `now`. */
export function pruneSessions(store: Pick<SessionStore, 'prune'>, now: number): Promise<number> {
  return store.prune(now - SESSIONS_KEPT_MS);
}
