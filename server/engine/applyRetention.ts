import { streamNames, type StreamName } from '../../src/api/streams';
import { DEFAULT_RETENTION, retentionCutoff } from './retention';
import type { AuditStore } from './types';

/**
 * The stored retention policy applied now: records past their stream's period go. Saving a
 * shorter period removes records at once (the retention route); after that, time moves on,
 * so a server runs this on a timer. (The memory store applies the policy whenever it builds
 * a stream, and a demo lives no longer than that.) Resolves to how many left each stream.
 */
export async function applyRetention(
  store: Pick<AuditStore, 'retention' | 'dropOlderThan'>,
  now = Date.now(),
): Promise<Partial<Record<StreamName, number>>> {
  const { policies } = (await store.retention.get(DEFAULT_RETENTION.id))?.value ?? DEFAULT_RETENTION;
  const dropped: Partial<Record<StreamName, number>> = {};
  for (const stream of streamNames) {
    const cutoff = retentionCutoff(policies[stream], now);
    if (cutoff !== null) dropped[stream] = await store.dropOlderThan(stream, cutoff);
  }
  return dropped;
}
