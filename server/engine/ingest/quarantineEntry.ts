import type { StreamName } from '../../../src/api/streams';
import { hashSecret } from '../ingestTokens';
import type { StoredQuarantined } from '../quarantine';

/**
 * A quarantine entry for an event as received (already fingerprinted). Its id comes from its
 * content, so the same event sent again (a retried batch) is the same entry, not a second one.
 */
export async function quarantineEntry(
  raw: unknown,
  reason: string,
  stream: StreamName | null,
  uniqueId: string | null,
  tokenName: string,
  receivedAt: string,
): Promise<StoredQuarantined> {
  const text = typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2);
  const id = `q-${(await hashSecret(text)).slice(0, 24)}`;
  return { id, receivedAt, reason, stream, uniqueId, raw: text, tokenName };
}
