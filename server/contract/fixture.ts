/**
 * The contract suite's records: a few of each stream, the same on every run, timed back from
 * an anchor (the suite's start, to the minute) so that relative ranges (`now-7d`) and
 * retention by days find them. One login (trace-a) issues token tok-a, whose requests
 * (req-1 … req-3) have authorisation decisions, access lines and a change, so the timeline has
 * something to join. Every record has its own instant: the stores may order records of one
 * instant differently (generation order in memory, id in SQL), and the suite compares orders.
 */
import type { AuditRecord, StreamName } from '../../src/api/streams';
import type { AccessRecord } from '../../src/api/streams/access';
import type { ActivityRecord } from '../../src/api/streams/activity';
import type { AuthenticationRecord } from '../../src/api/streams/authentication';
import type { AuthorisationRecord } from '../../src/api/streams/authorisation';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A record's age, plus a few seconds per stream so that no two records anywhere share an instant. */
type Age = number;

const at = (anchor: number, age: Age, stream: number) => new Date(anchor - age - stream * 1000).toISOString();

function authentication(anchor: number): AuthenticationRecord[] {
  const login = (
    id: string,
    age: Age,
    trace: string,
    stage: string,
    event: string,
    email: string | null,
    extra: Partial<AuthenticationRecord> = {},
  ): AuthenticationRecord => ({
    id,
    time: at(anchor, age, 1),
    user_id: email === null ? null : `u-${email.toLowerCase()}`,
    upstream_user_id: null,
    email,
    org_id: 'org-1',
    org_name: 'Example',
    event,
    source_ip: '192.0.2.10',
    token_id: null,
    trace_id: trace,
    session: null,
    issuer: 'https://auth.example.com',
    client_id: 'console',
    application_name: 'Console',
    login_org_id: null,
    login_org_name: null,
    upstream_idp: null,
    stage,
    user_agent: 'Mozilla/5.0 "quoted", with a comma',
    ...extra,
  });
  return [
    login('auth-01', 30 * MINUTE, 'trace-a', 'started', 'started', null),
    login('auth-02', 29 * MINUTE, 'trace-a', 'password', 'success', 'ada@example.com', { session: 'sess-1' }),
    login('auth-03', 28 * MINUTE, 'trace-a', 'mfa', 'challenge', 'ada@example.com', { session: 'sess-1' }),
    login('auth-04', 27 * MINUTE, 'trace-a', 'token_issue', 'issued', 'ada@example.com', {
      session: 'sess-1',
      token_id: 'tok-a',
    }),
    login('auth-05', 20 * MINUTE, 'trace-b', 'started', 'started', 'bob@example.com'),
    login('auth-06', 19 * MINUTE, 'trace-b', 'password', 'failure', 'bob@example.com', {
      source_ip: '198.51.100.7',
    }),
    login('auth-07', 2 * HOUR, 'trace-c', 'password', 'user_not_found', 'Ada@Example.com'),
    login('auth-08', 3 * HOUR, 'trace-c2', 'password', 'failure', 'ada@example.com'),
    login('auth-09', 3 * DAY, 'trace-d', 'started', 'started', 'carol@example.com'),
    login('auth-10', 3 * DAY - MINUTE, 'trace-d', 'token_issue', 'issued', 'carol@example.com', {
      session: 'sess-2',
      token_id: 'tok-d',
      upstream_idp: 'Google',
    }),
    login('auth-11', 10 * DAY, 'trace-e', 'password', 'timeout', 'dave@example.com'),
    login('auth-12', 40 * DAY, 'trace-f', 'redirect', 'redirect', 'erin@example.com', {
      application_name: null,
    }),
  ];
}

function authorisation(anchor: number): AuthorisationRecord[] {
  const decision = (
    id: string,
    age: Age,
    request: string,
    jti: string,
    allowed: boolean,
    path: string,
    address: string,
  ): AuthorisationRecord => ({
    id,
    time: at(anchor, age, 2),
    allowed,
    authenticated: true,
    authority: 'app.example.com',
    downstream_remote_address: address,
    error: false,
    hostname: 'app.example.com',
    jti,
    method: 'GET',
    org: 'org-1',
    path,
    protocol: 'https',
    request_id: request,
    source_id: 'src-1',
    source_org_id: 'org-1',
    source_type: 'application',
    sub: 'u-ada',
    whitelisted: false,
    email: 'ada@example.com',
  });
  return [
    decision('authz-1', 25 * MINUTE, 'req-1', 'tok-a', true, '/api/users', '203.0.113.1'),
    decision('authz-2', 24 * MINUTE, 'req-2', 'tok-a', false, '/admin', '203.0.113.1'),
    decision('authz-3', 23 * MINUTE, 'req-3', 'tok-a', true, '/api/Users', '203.0.113.2'),
    decision('authz-4', 3 * DAY - 2 * MINUTE, 'req-4', 'tok-d', false, '/admin', '203.0.113.9'),
    decision('authz-5', 2 * DAY, 'req-5', 'tok-x', true, '/api/users', '203.0.113.3'),
    decision('authz-6', 5 * HOUR, 'req-6', 'tok-x', false, '/Admin', '203.0.113.9'),
  ];
}

function access(anchor: number): AccessRecord[] {
  const line = (
    id: string,
    age: Age,
    request: string,
    jti: string,
    code: number,
    path: string,
    duration: number,
  ): AccessRecord => ({
    id,
    start_time: at(anchor, age, 3),
    authority: 'app.example.com',
    bytes_received: 100,
    bytes_sent: 1000 + duration,
    downstream_remote_address: '203.0.113.1',
    duration,
    flags: '-',
    hostname: 'app.example.com',
    http_referrer: '',
    http_user_agent: 'curl/8.5',
    jti,
    method: 'GET',
    org: 'org-1',
    path,
    protocol: 'https',
    request_id: request,
    response_code: code,
    source_id: 'src-1',
    source_org_id: 'org-1',
    source_type: 'application',
    sub: 'u-ada',
    upstream_authority: 'backend:8080',
    email: 'ada@example.com',
  });
  return [
    line('acc-1', 25 * MINUTE - 500, 'req-1', 'tok-a', 200, '/api/users', 12),
    line('acc-2', 24 * MINUTE - 500, 'req-2', 'tok-a', 403, '/admin', 3),
    line('acc-3', 23 * MINUTE - 500, 'req-3', 'tok-a', 500, '/api/Users', 250),
    line('acc-4', 3 * DAY - 2 * MINUTE - 500, 'req-4', 'tok-d', 302, '/admin', 5),
    line('acc-5', 2 * DAY - 500, 'req-5', 'tok-x', 101, '/ws', 40),
    line('acc-6', 5 * DAY, 'req-7', 'tok-x', 404, '/missing', 7),
    // a status no band declares: the histogram's "Other"
    line('acc-7', 6 * HOUR, 'req-8', 'tok-x', 700, '/odd', 1),
    line('acc-8', 90 * MINUTE, 'req-9', 'tok-x', 204, '/api/users', 30),
  ];
}

function activity(anchor: number): ActivityRecord[] {
  const change = (
    id: string,
    age: Age,
    controller: string,
    status: 'success' | 'failed',
    device: string | null,
    extra: Partial<ActivityRecord> = {},
  ): ActivityRecord => ({
    id,
    event_time: at(anchor, age, 4),
    controller,
    device,
    entity: 'org',
    entity_id: 'org-1',
    action: 'update',
    attribute: 'name',
    old_value: 'Example',
    new_value: 'Example Ltd',
    old_value_full: null,
    new_value_full: null,
    status,
    workgroup_id: 'wg-1',
    user_id: 'u-ada',
    user_email: 'ada@example.com',
    comments: null,
    config: null,
    source_ip: '203.0.113.1',
    jti: null,
    request_id: null,
    changed: ['name'],
    ...extra,
  });
  return [
    change('act-1', 25 * MINUTE - 1000, 'org', 'success', 'gw-1', { jti: 'tok-a', request_id: 'req-1' }),
    change('act-2', 23 * MINUTE - 1000, 'org', 'failed', 'gw-1', {
      jti: 'tok-a',
      request_id: 'req-3',
      comments: 'Refused: 100% of quota',
    }),
    change('act-3', 4 * HOUR, 'workgroup-setting', 'success', 'GW-1', {
      changed: ['settings', 'settings.theme'],
    }),
    change('act-4', 2 * DAY, 'device', 'success', 'gw-2', { action: 'create', attribute: null }),
    change('act-5', 8 * DAY, 'device', 'failed', null),
  ];
}

/** Each stream's fixture records, newest first. */
export function fixtureRecords(anchor: number): Record<StreamName, AuditRecord[]> {
  const newestFirst = <R extends AuditRecord>(records: R[], time: (r: R) => string): R[] =>
    [...records].sort((a, b) => Date.parse(time(b)) - Date.parse(time(a)));
  return {
    authentication: newestFirst(authentication(anchor), (r) => r.time),
    authorisation: newestFirst(authorisation(anchor), (r) => r.time),
    access: newestFirst(access(anchor), (r) => r.start_time),
    activity: newestFirst(activity(anchor), (r) => r.event_time),
  };
}
