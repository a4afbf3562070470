import { randomId } from '../../../src/api/randomId';
import type { ActivityRecord } from '../../../src/api/streams/activity';
import type { StoredIngestToken } from '../../engine/ingestTokens';
import type { AuditStore } from '../../engine/types';

/** One record per token this often: a sender retrying a revoked token every second is one story, not thousands. */
const ONCE_PER_MS = 60_000;
const lastAudited = new Map<string, number>();

/** An Activity record of a refused ingestion: which token, why, from where. */
export async function auditRefusedSender(
  store: Pick<AuditStore, 'append'>,
  token: StoredIngestToken,
  reason: string,
  now: number,
): Promise<void> {
  const last = lastAudited.get(token.id) ?? -Infinity;
  if (now - last < ONCE_PER_MS) return;
  lastAudited.set(token.id, now);
  const record: ActivityRecord = {
    id: `act-ingest-${now.toString(36)}-${randomId().slice(0, 8)}`,
    event_time: new Date(now).toISOString(),
    controller: 'audit.ingest',
    device: null,
    entity: 'ingest_token',
    entity_id: token.id,
    action: 'ingest_refused',
    attribute: null,
    old_value: null,
    new_value: reason,
    old_value_full: null,
    new_value_full: { token: token.name, reason },
    status: 'failed',
    workgroup_id: 'wg-it',
    user_id: token.createdBy,
    user_email: null,
    comments: `Ingestion refused: ${reason}`,
    config: null,
    // the API sees no socket, and a forwarded-for header anyone can write is no evidence
    source_ip: null,
    jti: null,
    request_id: randomId(),
    changed: [],
  };
  await store.append('activity', record, now);
}
