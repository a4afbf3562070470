import { LOG_TYPES } from '../server/engine/ingest/streamOf';
import { generateWorld } from '../mocks/world/world';
import { streamNames, type AuditRecord, type StreamName } from '../src/api/streams';

const LOG_TYPE = Object.fromEntries(
  streamNames.map((s) => [s, Object.keys(LOG_TYPES).find((t) => LOG_TYPES[t] === s) ?? s]),
) as Record<StreamName, string>;

/**
 * `count` events as an audit destination would send them: the demo world's records over the
 * 30 days before `now`, streams interleaved, each with a unique_id of its own (the world's ids
 * repeat across generations; a new `idPrefix` makes a second run's events new too).
 */
export function ingestEvents(count: number, { now = Date.now(), idPrefix = 'bench' } = {}): unknown[] {
  const perStream = Math.ceil(count / streamNames.length);
  const world = generateWorld({ count: perStream, seed: 2026, now });
  const events: unknown[] = [];
  for (let i = 0; events.length < count; i++) {
    const stream = streamNames[i % streamNames.length] as StreamName;
    const record = world[stream].records[Math.floor(i / streamNames.length)] as AuditRecord | undefined;
    if (!record) continue;
    const { id, ...fields } = record;
    events.push({
      create_time: new Date().toISOString(),
      event: { ...fields, log_type: LOG_TYPE[stream] },
      unique_id: `${idPrefix}-${i}-${id}`,
    });
  }
  return events;
}
