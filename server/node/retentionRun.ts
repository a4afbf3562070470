import { pruneSessions } from '../auth/pruneSessions';
import { applyRetention } from '../engine/applyRetention';
import type { HostStore } from './hostStore';

/** One run of the server's hourly retention: records past their period, sessions long over. */
export async function retentionRun(
  store: Pick<HostStore, 'retention' | 'dropOlderThan' | 'sessions'>,
  now: number = Date.now(),
) {
  const dropped = await applyRetention(store, now);
  const sessions = await pruneSessions(store.sessions, now);
  return { dropped, sessions };
}
