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
    async live(now, idleSince) {
      return [...sessions.values()]
        .filter((s) => s.endedMs === null && s.expiresMs > now && s.lastSeenMs > idleSince)
        .sort((a, b) => b.createdMs - a.createdMs || (a.idHash < b.idHash ? -1 : 1))
        .map((s) => ({ ...s }));
    },
    async withPrefix(prefix) {
      return [...sessions.values()].filter((s) => s.idHash.startsWith(prefix)).map((s) => ({ ...s }));
    },
    async prune(before) {
      let pruned = 0;
      for (const [key, s] of sessions)
        if ((s.endedMs !== null && s.endedMs < before) || s.expiresMs < before) {
          sessions.delete(key);
          pruned++;
        }
      return pruned;
    },
  };
}
