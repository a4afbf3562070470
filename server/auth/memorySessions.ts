import type { SessionStore, StoredSession } from './sessionStore';

/** Sessions in memory: for tests, and a host on the in-memory store. */
export function memorySessions(): SessionStore {
  const sessions = new Map<string, StoredSession>();
  return {
    async create(session) {
      sessions.set(session.idHash, { ...session });
    },
    async find(idHash) {
      const found = sessions.get(idHash);
      return found ? { ...found } : null;
    },
    async touch(idHash, lastSeenMs) {
      const found = sessions.get(idHash);
      if (found && found.endedMs === null) found.lastSeenMs = Math.max(found.lastSeenMs, lastSeenMs);
    },
    async end(idHash, endedMs, reason) {
      const found = sessions.get(idHash);
      if (!found || found.endedMs !== null) return false;
      found.endedMs = endedMs;
      found.endReason = reason;
      return true;
    },
  };
}
