import { ingestEnvelopeSchema, type QuarantineRetry } from '../../../src/api/schemas/ingest';
import type { AuditStore, Versioned } from '../types';
import type { StoredQuarantined } from '../quarantine';
import { fingerprintSecrets, type Fingerprint } from './fingerprintSecrets';
import { toRecord } from './toRecord';

/**
 * Maps a quarantined event again (the mapping may have been fixed since): stored or found
 * already stored, the entry goes; still refused, it stays with today's reason. The raw event
 * was fingerprinted when it came; its markers are kept as they are.
 */
export async function retryQuarantined(
  store: Pick<AuditStore, 'insert' | 'quarantine'>,
  found: Versioned<StoredQuarantined>,
  fingerprint: Fingerprint,
): Promise<QuarantineRetry> {
  const entry = found.value;
  const keep = async (reason: string): Promise<QuarantineRetry> => {
    await store.quarantine.replace({ ...entry, reason }, found.etag);
    return { outcome: 'rejected', reason };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(entry.raw);
  } catch {
    return keep(entry.reason);
  }
  const envelope = ingestEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return keep(entry.reason);
  const mapped = toRecord(await fingerprintSecrets(envelope.data, fingerprint));
  if (!mapped.ok) return keep(mapped.reason);
  const { added } = await store.insert(mapped.stream, [mapped.record]);
  await store.quarantine.removeIf(entry.id, found.etag);
  return { outcome: added > 0 ? 'stored' : 'duplicate', stream: mapped.stream, recordId: mapped.record.id };
}
