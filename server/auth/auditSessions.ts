import { randomId } from '../../src/api/randomId';
import type { ActivityRecord } from '../../src/api/streams/activity';
import type { AuditStore } from '../engine/types';

type RecordWriter = Pick<AuditStore, 'append'>;

export type SessionEvent =
  | 'sign_in'
  | 'sign_in_failed'
  | 'sign_out'
  | 'session_expired'
  | 'request_refused'
  /** an owner ended someone's session (Settings → Sessions) */
  | 'session_ended';

export interface SessionAudit {
  event: SessionEvent;
  user: { id: string; email: string | null } | null;
  /** the first 16 hex of the session id's SHA-256: enough to follow one session, useless to sign in */
  session: string | null;
  status: 'success' | 'failed';
  /** one line for the grid */
  summary: string;
  /** what else is worth keeping: a role, a provider's error, a refused path — never a token */
  detail: Record<string, string | string[] | null>;
}

/**
 * Sign-ins, their failures, sign-outs, expiries and refused requests are Activity records like
 * the console's settings changes: searchable, exported and kept by the same retention.
 */
export async function auditSession(store: RecordWriter, entry: SessionAudit, now: number): Promise<void> {
  const record: ActivityRecord = {
    id: `act-session-${now.toString(36)}-${randomId().slice(0, 8)}`,
    event_time: new Date(now).toISOString(),
    controller: 'auth.session',
    device: null,
    entity: 'session',
    entity_id: entry.session,
    action: entry.event,
    attribute: null,
    old_value: null,
    new_value: entry.summary,
    old_value_full: null,
    new_value_full: entry.detail,
    status: entry.status,
    workgroup_id: 'wg-it',
    user_id: entry.user?.id ?? 'anonymous',
    user_email: entry.user?.email ?? null,
    comments: entry.summary,
    config: null,
    // behind a proxy the socket's address is the proxy's, and a forwarded-for header is anyone's to write
    source_ip: null,
    jti: null,
    request_id: randomId(),
    changed: [],
  };
  await store.append('activity', record, now);
}

export const sessionRef = (idHash: string): string => idHash.slice(0, 16);
