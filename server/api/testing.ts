/**
 * For the API's own tests: a store of six authentication records that are the same on every
 * run (their times count back from the store's start), and identities in each role.
 */
import type { Role } from '../../src/api/schemas/me';
import type { AuditRecord } from '../../src/api/streams';
import type { AuthenticationRecord } from '../../src/api/streams/authentication';
import { createMemoryStore, type MemoryStore } from '../engine/memoryStore';
import type { RecordSource } from '../engine/types';
import type { Identity } from './identity';
import { permissionsOf } from './roles';

const EVENTS = ['success', 'failure', 'challenge', 'success', 'user_not_found', 'success'] as const;

function authentication(i: number, time: number): AuthenticationRecord {
  return {
    id: `auth-${i}`,
    time: new Date(time).toISOString(),
    user_id: `u-${i % 2}`,
    upstream_user_id: null,
    email: i % 2 === 0 ? 'ada@example.com' : 'bob@example.com',
    org_id: 'org-1',
    org_name: 'Example',
    event: EVENTS[i] ?? 'success',
    source_ip: `192.0.2.${i + 1}`,
    token_id: null,
    trace_id: `trace-${i}`,
    session: null,
    issuer: 'https://auth.example.com',
    client_id: 'console',
    application_name: 'Console',
    login_org_id: null,
    login_org_name: null,
    upstream_idp: null,
    stage: i === 2 ? 'mfa' : 'password',
    user_agent: 'Mozilla/5.0 "quoted", with a comma',
  };
}

export const FIXTURE_RECORDS = EVENTS.length;

/** Newest first, a minute apart; no other stream has records until the API writes some. */
const fixtureSource: RecordSource = {
  generate(stream, now) {
    if (stream !== 'authentication') return { records: [], times: new Float64Array(0) };
    const times = Float64Array.from(EVENTS, (_, i) => now - i * 60_000);
    const records: AuditRecord[] = EVENTS.map((_, i) => authentication(i, times[i] ?? now));
    return { records, times };
  },
};

export function fixtureStore(): MemoryStore {
  return createMemoryStore(fixtureSource);
}

export function signedInAs(role: Role): Identity {
  return {
    user: { id: `u-${role}`, name: `An ${role}`, email: `${role}@example.com` },
    org: { id: 'org-1', name: 'Example' },
    role,
    permissions: permissionsOf(role),
  };
}
