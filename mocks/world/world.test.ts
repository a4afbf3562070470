import { describe, expect, it } from 'vitest';
import { accessRecordSchema, type AccessRecord } from '../../src/api/streams/access';
import { activityRecordSchema, type ActivityRecord } from '../../src/api/streams/activity';
import { authenticationRecordSchema, type AuthenticationRecord } from '../../src/api/streams/authentication';
import { authorisationRecordSchema, type AuthorisationRecord } from '../../src/api/streams/authorisation';
import { changedPaths } from '../../server/engine/changes';
import { AUTHENTIK_ACTIONS } from './activity-authentik';
import { createOrganisation } from './organisation';
import { DAY, HOUR } from './timeline';
import { SYSTEM_USER, generateWorld, type World } from './world';

const NOW = Date.UTC(2026, 10, 24, 15, 30, 0);
const SEED = 20261124;
const org = createOrganisation(SEED);

// one mid-sized world shared by the structural checks
const world = generateWorld({ count: 20_000, seed: SEED, now: NOW });

type Stream = Exclude<keyof World, 'scenarios'>;
const STREAMS: readonly { name: Stream; prefix: string; time: (r: never) => string }[] = [
  { name: 'authentication', prefix: 'auth', time: (r: AuthenticationRecord) => r.time },
  { name: 'authorisation', prefix: 'authz', time: (r: AuthorisationRecord) => r.time },
  { name: 'access', prefix: 'access', time: (r: AccessRecord) => r.start_time },
  { name: 'activity', prefix: 'activity', time: (r: ActivityRecord) => r.event_time },
];

function byKey<T>(records: readonly T[], key: (r: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    const k = key(r);
    if (k === null || k === '') continue;
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

function sample<T>(records: readonly T[], n: number): T[] {
  const step = Math.max(1, Math.floor(records.length / n));
  return records.filter((_, i) => i % step === 0);
}

/** Independent of changes.ts: top-level differing keys plus dotted leaf paths below objects. */
function expectedChanged(before: unknown, after: unknown): string[] {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(before) && !isObj(after)) return [];
  if (!isObj(before)) return Object.keys(after as object).sort();
  if (!isObj(after)) return Object.keys(before).sort();
  const out: string[] = [];
  const walk = (x: Record<string, unknown>, y: Record<string, unknown>, prefix: string) => {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
      if (k in x && k in y && JSON.stringify(x[k]) === JSON.stringify(y[k])) continue;
      const path = prefix === '' ? k : `${prefix}.${k}`;
      const xv = x[k];
      const yv = y[k];
      if (prefix === '') out.push(path);
      if (isObj(xv) && isObj(yv)) walk(xv, yv, path);
      else if (prefix !== '') out.push(path);
    }
  };
  walk(before, after, '');
  return out.sort();
}

const tokens = new Map<string, { record: AuthenticationRecord; at: number }>();
world.authentication.records.forEach((r, i) => {
  if (r.token_id !== null && (r.stage === 'token_issue' || r.stage === 'token_refresh'))
    tokens.set(r.token_id, { record: r, at: world.authentication.times[i] ?? 0 });
});

describe('generateWorld', () => {
  it('is deterministic for the same options and depends on the seed', () => {
    const a = generateWorld({ count: 3000, seed: 7, now: NOW });
    const b = generateWorld({ count: 3000, seed: 7, now: NOW });
    const c = generateWorld({ count: 3000, seed: 8, now: NOW });
    for (const { name } of STREAMS) {
      expect(JSON.stringify(a[name].records)).toBe(JSON.stringify(b[name].records));
      expect(Array.from(a[name].times)).toEqual(Array.from(b[name].times));
      expect(JSON.stringify(a[name].records)).not.toBe(JSON.stringify(c[name].records));
    }
  });

  it.each([0, 1, 7, 99, 100, 999, 1000, 4321])('returns exactly %i records in every stream', (count) => {
    const w = generateWorld({ count, seed: SEED, now: NOW });
    for (const { name } of STREAMS) {
      expect(w[name].records, name).toHaveLength(count);
      expect(w[name].times, name).toHaveLength(count);
    }
  });

  it('rejects invalid sizes', () => {
    expect(() => generateWorld({ count: -1, seed: 1, now: NOW })).toThrow(RangeError);
    expect(() => generateWorld({ count: 10, seed: 1, now: NOW, days: 0 })).toThrow(RangeError);
  });

  it.each(STREAMS)('orders $name newest first with unique, age-numbered ids and matching times', (s) => {
    const { records, times } = world[s.name];
    const time = s.time as (r: unknown) => string;
    const problems: string[] = [];
    records.forEach((r, i) => {
      const t = times[i] ?? NaN;
      if (r.id !== `${s.prefix}-${String(records.length - i)}`) problems.push(`${r.id} at ${String(i)}`);
      if (time(r) !== new Date(t).toISOString()) problems.push(`${r.id}: time ${time(r)}`);
      if (i > 0 && t > (times[i - 1] ?? 0)) problems.push(`${r.id}: out of order`);
      if (t > NOW || t < NOW - 30 * DAY) problems.push(`${r.id}: outside the range`);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('produces records that satisfy the schemas', () => {
    const schemas = {
      authentication: authenticationRecordSchema,
      authorisation: authorisationRecordSchema,
      access: accessRecordSchema,
      activity: activityRecordSchema,
    } as const;
    for (const { name } of STREAMS) {
      const invalid = sample<unknown>(world[name].records, 3000).filter(
        (r) => !schemas[name].safeParse(r).success,
      );
      expect(invalid.slice(0, 3), name).toEqual([]);
    }
  });

  it('makes authorised requests only with issued tokens, as their user, from the login, during the token’s life', () => {
    const problems: string[] = [];
    let withToken = 0;
    world.authorisation.records.forEach((r, i) => {
      if (r.jti === '') {
        if (r.authenticated || r.sub !== '' || r.email !== null)
          problems.push(`${r.id}: anonymous with identity`);
        return;
      }
      withToken++;
      const token = tokens.get(r.jti);
      const at = world.authorisation.times[i] ?? 0;
      if (!token) problems.push(`${r.id}: unknown jti`);
      else if (r.sub !== token.record.user_id || r.email !== token.record.email)
        problems.push(`${r.id}: wrong user`);
      else if (r.downstream_remote_address !== token.record.source_ip)
        problems.push(`${r.id}: wrong address`);
      else if (at < token.at || at > token.at + HOUR) problems.push(`${r.id}: outside the token's life`);
      if (!r.authenticated) problems.push(`${r.id}: token but not authenticated`);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(withToken).toBeGreaterThan(world.authorisation.records.length * 0.9);
  });

  it('pairs access lines with their authorisation decision', () => {
    const decisions = byKey(world.authorisation.records, (r) => r.request_id);
    const decisionTime = new Map<string, number>();
    world.authorisation.records.forEach((r, i) =>
      decisionTime.set(r.request_id, world.authorisation.times[i] ?? 0),
    );
    const problems: string[] = [];
    let paired = 0;
    world.access.records.forEach((a, i) => {
      const found = decisions.get(a.request_id);
      if (!found) {
        // access lines that were never authorised: anonymous preflights and the like
        if (a.jti !== '' || a.sub !== '') problems.push(`${a.id}: token without decision`);
        return;
      }
      paired++;
      if (found.length !== 1) problems.push(`${a.id}: several decisions`);
      const z = found[0] as AuthorisationRecord;
      const keys = ['jti', 'sub', 'email', 'path', 'method', 'authority', 'protocol', 'hostname'] as const;
      const more = ['source_id', 'source_org_id', 'source_type', 'downstream_remote_address', 'org'] as const;
      for (const k of [...keys, ...more]) if (a[k] !== z[k]) problems.push(`${a.id}: ${k} differs`);
      const lead = (decisionTime.get(a.request_id) ?? 0) - (world.access.times[i] ?? 0);
      if (lead < 0 || lead > 10) problems.push(`${a.id}: starts ${String(lead)} ms before its decision`);
      if (!z.allowed && a.response_code !== 403 && !(z.error && a.response_code >= 500))
        problems.push(`${a.id}: denied but ${String(a.response_code)}`);
      const token = a.jti === '' ? undefined : tokens.get(a.jti);
      if (token && a.http_user_agent !== token.record.user_agent) problems.push(`${a.id}: wrong user agent`);
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(paired).toBeGreaterThan(world.access.records.length * 0.9);
  });

  it('resolves the token and request of every change made through the API', () => {
    const decisions = byKey(world.authorisation.records, (r) => r.request_id);
    const lines = byKey(world.access.records, (r) => r.request_id);
    const problems: string[] = [];
    let viaApi = 0;
    for (const r of world.activity.records) {
      if (r.jti === null) {
        if (r.request_id !== null) problems.push(`${r.id}: request without token`);
        continue;
      }
      viaApi++;
      const token = tokens.get(r.jti);
      const decision = r.request_id === null ? undefined : decisions.get(r.request_id)?.[0];
      const line = r.request_id === null ? undefined : lines.get(r.request_id)?.[0];
      if (!token || token.record.user_id !== r.user_id) problems.push(`${r.id}: token of someone else`);
      if (!decision || !line) problems.push(`${r.id}: request missing`);
      else if (decision.jti !== r.jti || line.jti !== r.jti || decision.sub !== r.user_id)
        problems.push(`${r.id}: request of another token`);
      else if (r.event_time < decision.time) problems.push(`${r.id}: recorded before its request`);
      if (r.source_ip !== token?.record.source_ip) problems.push(`${r.id}: wrong address`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(viaApi).toBeGreaterThan(world.activity.records.length * 0.05);
  });

  it('names each change’s user by id and email', () => {
    const emails = new Map<string, string>();
    for (const p of [...org.users, ...org.serviceAccounts]) emails.set(p.id, p.email);
    const wrong = world.activity.records.filter((r) =>
      r.user_id === SYSTEM_USER ? r.user_email !== null : emails.get(r.user_id) !== r.user_email,
    );
    expect(wrong.slice(0, 3)).toEqual([]);
  });

  it('lists the changed fields of every change', () => {
    const problems: string[] = [];
    for (const r of world.activity.records) {
      if (r.status === 'failed') {
        if (r.changed.length > 0) problems.push(`${r.id}: a failed change changed something`);
        continue;
      }
      // an authentik event's context is what happened, not a change
      if (AUTHENTIK_ACTIONS.includes(r.action)) {
        if (r.changed.length > 0) problems.push(`${r.id}: an authentik event listed changes`);
        continue;
      }
      if (r.old_value_full !== null || r.new_value_full !== null) {
        const expected = expectedChanged(r.old_value_full, r.new_value_full);
        if (JSON.stringify([...r.changed].sort()) !== JSON.stringify(expected))
          problems.push(`${r.id}: ${JSON.stringify(r.changed)} instead of ${JSON.stringify(expected)}`);
      } else if (r.controller === 'device' && r.attribute === 'name' && r.changed.join() !== 'name') {
        problems.push(`${r.id}: rename without name`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('diffs nested values, arrays, type changes and removals', () => {
    expect(changedPaths(null, null)).toEqual([]);
    expect(changedPaths(null, { a: 1, b: { c: 2 } })).toEqual(['a', 'b']);
    expect(changedPaths({ a: 1 }, null)).toEqual(['a']);
    expect(changedPaths({ a: 1 }, { a: 1 })).toEqual([]);
    expect(
      changedPaths(
        { email: 'a', attributes: { settings: { theme: 'light', locale: 'en' } }, groups: ['x'], n: '5' },
        { email: 'b', attributes: { settings: { theme: 'dark', locale: 'en' } }, groups: ['x', 'y'], n: 5 },
      ),
    ).toEqual(['email', 'attributes', 'attributes.settings.theme', 'groups', 'n']);
    expect(changedPaths({ a: null, gone: 1 }, { a: { b: 1 }, added: true })).toEqual(['a', 'gone', 'added']);
  });

  it('records nested authentik changes with arrays, type changes, nulls and secrets', () => {
    const models = world.activity.records.filter((r) => r.action === 'model_updated' && r.changed.length > 0);
    const entities = new Set(models.map((r) => r.entity));
    expect(entities).toEqual(new Set(['user', 'group', 'application', 'provider', 'token']));
    const paths = new Set(models.flatMap((r) => r.changed));
    for (const path of ['groups', 'attributes.settings.theme', 'attributes.employee_number', 'redirect_uris'])
      expect(paths).toContain(path);
    const text = JSON.stringify(world.activity.records.map((r) => [r.old_value_full, r.new_value_full]));
    for (const key of ['password', 'client_secret', 'token', 'api_key', 'authorization'])
      expect(text).toContain(`"${key}":`);
    expect(world.activity.records.some((r) => r.action === 'model_updated' && r.changed.length === 0)).toBe(
      true,
    );
  });

  it('covers the Ardexa audit-logs documentation’s catalogue', () => {
    const seen = new Set(world.activity.records.map((r) => `${r.controller}/${r.action}`));
    const expected = [
      'auth/login',
      'auth/MFA login',
      'auth/Login',
      'me/Update',
      'me/Request email change',
      'me/Change password',
      'workgroup-setting/update',
      'workgroup-setting/create',
      'workgroup-setting/delete',
      'lookupTable/update',
      'lookupTable/create',
      'lookupTable/delete',
      'Job/bulk-run',
      'device-group/update',
      'device-group/create',
      'device-group/delete',
      'org/update',
      'org/invite',
      'org/remove',
      'org/accept',
      'storage/delete',
      'externalSources/delete',
      'externalSources/create',
      'device/update',
      'device/create',
      'device/remove',
      'device/move',
      'device/send',
      'device/get',
      'device/run',
      'websocket_device/refresh_meta',
      'websocket_device/run_cmd',
      'websocket_device/apply_config',
      'websocket_device/open_tunnel',
      'websocket_device/start_tunnel_session',
      'websocket_device/close_tunnel',
      'plugin/install',
      'plugin/uninstall',
      'state_change/offline',
      'state_change/online',
      'remote_web/start_session',
      'alert/update',
      'alert/delete',
      'alert/create',
      'search/update',
      'search/share',
      'authentik.core/model_created',
      'authentik.core/model_updated',
      'authentik.core/model_deleted',
      'authentik.providers.oauth2/model_updated',
    ];
    expect(expected.filter((e) => !seen.has(e))).toEqual([]);
    const byAction = (c: string, a: string) =>
      world.activity.records.filter((r) => r.controller === c && r.action === a);
    expect(
      byAction('websocket_device', 'apply_config').every((r) => r.config !== null || r.status === 'failed'),
    ).toBe(true);
    expect(byAction('org', 'update').every((r) => r.comments?.includes('@'))).toBe(true);
    expect(byAction('device', 'create').every((r) => r.comments === r.device && r.device !== null)).toBe(
      true,
    );
    expect(byAction('workgroup-setting', 'update').every((r) => r.entity_id === r.workgroup_id)).toBe(true);
    expect(new Set(byAction('device', 'run').map((r) => r.new_value))).toEqual(
      new Set(['network scan', 'port scan', 'open services']),
    );
    expect(byAction('auth', 'login').some((r) => r.attribute === 'MFA send challenge')).toBe(true);
    expect(byAction('auth', 'Login').every((r) => r.status === 'failed')).toBe(true);
    const failed =
      world.activity.records.filter((r) => r.status === 'failed').length / world.activity.records.length;
    expect(failed).toBeGreaterThan(0.03);
    expect(failed).toBeLessThan(0.08);
  });

  it('keeps hostile values in text fields', () => {
    for (const w of [generateWorld({ count: 100, seed: 3, now: NOW }), world]) {
      const values = w.activity.records.map((r) => r.new_value ?? '');
      expect(values.some((v) => v.includes('<img src=x onerror=alert(1)>'))).toBe(true);
      expect(values.some((v) => /[\u0590-\u08ff]/.test(v))).toBe(true);
      expect(values.some((v) => /\p{Extended_Pictographic}/u.test(v))).toBe(true);
      for (const lead of ['=', '+', '-', '@']) expect(values.some((v) => v.startsWith(lead))).toBe(true);
    }
  });

  it('holds at most two megabyte-sized changes, and only from a thousand records on', () => {
    const big = (w: World) =>
      w.activity.records.filter((r) => JSON.stringify(r.new_value_full ?? null).length > 800_000).length;
    expect(big(generateWorld({ count: 999, seed: SEED, now: NOW }))).toBe(0);
    expect(big(generateWorld({ count: 1000, seed: SEED, now: NOW }))).toBe(2);
    expect(big(world)).toBe(2);
  });

  it('stages attacks: an admin-path burst, traversal probes and a user’s run of 5xx', () => {
    const { adminBurstIp, traversalIp, failingToken } = world.scenarios;
    const burst = world.authorisation.records.filter((r) => r.downstream_remote_address === adminBurstIp);
    expect(burst.filter((r) => !r.allowed).length).toBeGreaterThanOrEqual(20);
    const probes = world.access.records.filter((r) => r.downstream_remote_address === traversalIp);
    expect(probes.map((r) => r.path)).toContain('/../../etc/passwd');
    expect(probes.every((r) => r.response_code === 403)).toBe(true);
    const failing = world.access.records.filter((r) => r.jti === failingToken && r.response_code >= 500);
    expect(failing.length).toBeGreaterThanOrEqual(15);
  });

  it('mixes methods, statuses, durations and sources realistically', () => {
    const access = world.access.records;
    const share = (p: (r: AccessRecord) => boolean) => access.filter(p).length / access.length;
    expect(share((r) => r.method === 'GET')).toBeGreaterThan(0.5);
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND'])
      expect(access.some((r) => r.method === m)).toBe(true);
    for (const code of [200, 204, 206, 301, 302, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503])
      expect(
        access.some((r) => r.response_code === code),
        String(code),
      ).toBe(true);
    expect(access.filter((r) => r.duration > 1000).length).toBeGreaterThan(3);
    expect(share((r) => r.source_type === 'agent-connector')).toBeGreaterThan(0.5);
    expect(share((r) => r.source_type === 'cloud')).toBeGreaterThan(0.05);
    expect(world.authorisation.records.some((r) => r.whitelisted)).toBe(true);
    expect(world.authorisation.records.some((r) => r.error)).toBe(true);
  });
});
