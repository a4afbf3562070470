import { streamContracts } from '../../../api/streams';
import type { Outcome, StreamDefinition } from '../../search/definition';

const FAILURES = new Set(['failure', 'user_not_found', 'access_denied', 'timeout', 'denied', 'error']);
const SUCCESSES = new Set(['success', 'issued', 'reissued']);

export const authenticationStream: StreamDefinition = {
  stream: 'authentication',
  title: 'Authentication',
  description: 'Every stage of every attempt by a user or service account to prove their identity.',
  contract: streamContracts.authentication,
  columns: [
    { field: 'time', header: 'Time', width: 260, visible: true, kind: 'time' },
    { field: 'email', header: 'Email', width: 230, visible: true },
    { field: 'stage', header: 'Stage', width: 130, visible: true, kind: 'mono' },
    { field: 'event', header: 'Event', width: 140, visible: true, kind: 'outcome', eventType: true },
    { field: 'source_ip', header: 'Source IP', width: 160, visible: true, kind: 'mono' },
    { field: 'application_name', header: 'Application', width: 150, visible: true },
    { field: 'upstream_idp', header: 'Upstream IdP', width: 120, visible: true },
    { field: 'user_agent', header: 'User agent', width: 260, visible: true },
    { field: 'client_id', header: 'Client ID', width: 140 },
    { field: 'issuer', header: 'Issuer', width: 220 },
    { field: 'org_name', header: 'Org', width: 160 },
    { field: 'login_org_name', header: 'Login org', width: 160 },
    { field: 'user_id', header: 'User ID', width: 200, kind: 'mono' },
    { field: 'upstream_user_id', header: 'Upstream user ID', width: 200, kind: 'mono' },
    { field: 'trace_id', header: 'Trace ID', width: 290, kind: 'mono' },
    { field: 'session', header: 'Session', width: 200, kind: 'mono' },
    { field: 'token_id', header: 'Token ID', width: 200, kind: 'mono' },
    { field: 'org_id', header: 'Org ID', width: 180, kind: 'mono' },
    { field: 'login_org_id', header: 'Login org ID', width: 180, kind: 'mono' },
  ],
  pivots: [
    { field: 'trace_id', noun: 'trace' },
    { field: 'session', noun: 'session' },
    { field: 'token_id', noun: 'token' },
    { field: 'user_id', noun: 'user' },
    { field: 'email', noun: 'email' },
    { field: 'source_ip', noun: 'source IP' },
  ],
  timelineKeys: [
    { field: 'trace_id', key: 'trace_id' },
    { field: 'session', key: 'session' },
    { field: 'token_id', key: 'token' },
  ],
  recordTitle: (r) => `${String(r.stage)} · ${String(r.event)} — ${String(r.email ?? r.client_id)}`,
  outcome: (r): Outcome => {
    const event = String(r.event);
    if (FAILURES.has(event)) return 'failure';
    if (SUCCESSES.has(event)) return 'success';
    return 'neutral';
  },
};
