import type { IngestResult, RejectedEvent } from '../../../src/api/schemas/ingest';
import { perStream, streamContracts, type AuditRecord, type StreamName } from '../../../src/api/streams';
import { formatCount } from '../../../src/api/formatCount';
import { RECORD_TYPE_LABELS } from '../../../src/api/schemas/recordTypes';
import type { StoredIngestToken } from '../ingestTokens';
import { DEFAULT_RETENTION, retentionCutoff } from '../retention';
import type { StoredQuarantined } from '../quarantine';
import type { AuditStore } from '../types';
import { fingerprintSecrets, type Fingerprint } from './fingerprintSecrets';
import type { BatchItem } from './parseBatch';
import { quarantineEntry } from './quarantineEntry';
import { toRecord } from './toRecord';

type Target = Pick<AuditStore, 'insert' | 'quarantine' | 'retention'>;

/**
 * Events mapped between two turns of the event loop: a batch of thousands is tens of
 * milliseconds of work, which searches arriving meanwhile should not wait behind.
 */
const SLICE = 200;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A batch names streams its token may not write: nothing of it is stored. */
export interface Forbidden {
  forbidden: StreamName[];
}

/**
 * Stores a parsed batch: each event's secrets fingerprinted first (so no secret reaches a
 * table, a quarantine entry or a log), then the events that map to a record inserted by
 * stream, the rest kept in quarantine with their reasons. Resolves when all of it is written.
 */
export async function ingestBatch(
  store: Target,
  items: readonly BatchItem[],
  token: Pick<StoredIngestToken, 'name' | 'streams'>,
  fingerprint: Fingerprint,
  now: number,
): Promise<IngestResult | Forbidden> {
  const byStream = new Map<StreamName, AuditRecord[]>();
  const kept: { index: number; entry: StoredQuarantined }[] = [];
  const receivedAt = new Date(now).toISOString();
  // one walk and one await per slice: per event, the promises cost more than the walk
  const safe: unknown[] = [];
  for (let from = 0; from < items.length; from += SLICE) {
    if (from > 0) await nextTask();
    const slice = items.slice(from, from + SLICE).map((item) => (item.ok ? item.envelope : item.raw));
    safe.push(...(await fingerprintSecrets(slice, fingerprint)));
  }
  for (const [at, item] of items.entries()) {
    if (at > 0 && at % SLICE === 0) await nextTask();
    if (!item.ok) {
      const raw = safe[at];
      kept.push({
        index: item.index,
        entry: await quarantineEntry(raw, item.reason, null, item.uniqueId, token.name, receivedAt),
      });
      continue;
    }
    const envelope = safe[at] as typeof item.envelope;
    const mapped = toRecord(envelope);
    if (mapped.ok) {
      const list = byStream.get(mapped.stream) ?? [];
      list.push(mapped.record);
      byStream.set(mapped.stream, list);
    } else {
      kept.push({
        index: item.index,
        entry: await quarantineEntry(
          envelope,
          mapped.reason,
          mapped.stream,
          envelope.unique_id,
          token.name,
          receivedAt,
        ),
      });
    }
  }
  const forbidden = [...byStream.keys()].filter((s) => !token.streams.includes(s));
  if (forbidden.length > 0) return { forbidden };

  const result: IngestResult = {
    received: items.length,
    added: 0,
    duplicates: 0,
    quarantined: kept.length,
    streams: perStream(() => 0),
    rejected: [],
    warnings: [],
  };
  const { policies } = (await store.retention.get('retention'))?.value ?? DEFAULT_RETENTION;
  for (const [stream, records] of byStream) {
    const { added, existing } = await store.insert(stream, records, now);
    result.added += added;
    result.duplicates += existing;
    result.streams[stream] = added;
    const expiring = olderThan(records, stream, retentionCutoff(policies[stream], now));
    if (expiring > 0)
      result.warnings.push(
        `${formatCount(expiring)} ${RECORD_TYPE_LABELS[stream]} ${expiring === 1 ? 'record' : 'records'} of this batch ${expiring === 1 ? 'is' : 'are'} older than the ${policies[stream]}-day retention period: kept only until the next retention run. Lengthen the period in Settings → Retention to keep ${expiring === 1 ? 'it' : 'them'}.`,
      );
  }
  // one entry per distinct event: a retried batch replaces its entries instead of adding copies
  for (const { index, entry } of kept) {
    await store.quarantine.put(entry);
    result.rejected.push({
      index,
      uniqueId: entry.uniqueId,
      reason: entry.reason,
      quarantineId: entry.id,
    } satisfies RejectedEvent);
  }
  return result;
}

function olderThan(records: readonly AuditRecord[], stream: StreamName, cutoff: number | null): number {
  if (cutoff === null) return 0;
  const field = streamContracts[stream].timeField;
  return records.filter((r) => Date.parse(String(r[field])) < cutoff).length;
}
