/**
 * Mock activity stream: changes people made (the Ardexa audit logs' audit_logs plus authentik model
 * events), each inside one of the person's real sessions. A share of them came through
 * the API: those cite the token (jti) and the request (request_id) that carried them, and
 * that request exists in the authorisation and access streams.
 */
import type { ActivityRecord } from '../../src/api/streams/activity';
import { CATALOGUE, GROUP_WEIGHTS, type Draft, type Entry } from './activity-catalogue';
import { HOSTILE, largeLookupTable, lookupTable } from './activity-values';
import { NO_CHANGES, VariantPool, toVariant, type Variant } from './activity-variants';
import type { HumanUser, Organisation, ServiceAccount } from './organisation';
import type { Random } from './random';
import type { Timed } from '../../server/engine/timed';
import { idPrefix, numberNewestFirst } from './numbering';
import type { RequestGenerator } from './requests';
import type { LoginEvent, Sessions, TokenWindow } from './sessions';
import { IsoFormatter, MINUTE } from './timeline';
import { WeightedTable } from './weighted';
import type { Fleet, Workgroup } from './workgroups';

/** user_id of state changes, which no person made */
export const SYSTEM_USER = 'system';
const FAILED = 0.06;
/** shares of the stream that are sign-ins, failed sign-ins and device state changes */
const LOGIN_SHARE = 0.12;
const FAILURE_SHARE = 0.02;
const STATE_SHARE = 0.12;
/** rows of the megabyte lookup-table import */
const LARGE_ROWS = 8500;

/** the Ardexa audit logs' sign-in rows: success, MFA step, failed password */
const AUTH_BASE = {
  controller: 'auth',
  entity: 'user',
  group: 'account',
  weight: 0,
  method: 'POST',
  scope: 'user',
  mutates: false,
  build: () => ({ route: '' }),
} as const;
const AUTH: Readonly<Record<'login' | 'mfa' | 'failed', Entry>> = {
  login: { ...AUTH_BASE, action: 'login' },
  mfa: { ...AUTH_BASE, action: 'MFA login' },
  failed: { ...AUTH_BASE, action: 'Login' },
};

export class ActivityGenerator {
  private readonly records: ActivityRecord[];
  private readonly times: Float64Array;
  private n = 0;
  private readonly iso: IsoFormatter;
  private readonly variants: VariantPool;
  private readonly byDepartment = new Map<string, WeightedTable<Entry>>();
  private readonly automated: WeightedTable<Entry>;
  private readonly state: WeightedTable<Entry>;
  private readonly deviceWorkgroups: WeightedTable<Workgroup>;
  private readonly humanTokens: readonly TokenWindow[];
  private readonly logins: LoginEvent[];
  private readonly failures: LoginEvent[];
  private readonly signIns = new Map<
    string,
    Readonly<Record<'login' | 'challenge' | 'mfa' | 'failed', Variant>>
  >();
  /** where and when the session `session()` drew last: fields rather than an object per record */
  private sessionIp = '';
  private sessionAt = 0;

  private readonly org: Organisation;
  private readonly fleet: Fleet;
  private readonly requests: RequestGenerator;
  private readonly tokens: readonly TokenWindow[];
  private readonly rng: Random;
  private readonly count: number;
  private readonly from: number;
  private readonly now: number;

  constructor(
    org: Organisation,
    fleet: Fleet,
    sessions: Sessions,
    requests: RequestGenerator,
    rng: Random,
    count: number,
    from: number,
    now: number,
    /** ms the records' times are moved by (IsoFormatter) */
    shift = 0,
  ) {
    this.org = org;
    this.fleet = fleet;
    this.requests = requests;
    this.tokens = sessions.tokens;
    this.rng = rng;
    this.count = count;
    this.from = from;
    this.now = now;
    this.records = new Array<ActivityRecord>(count);
    this.times = new Float64Array(count);
    this.iso = new IsoFormatter(from - MINUTE, now, shift);
    this.variants = new VariantPool(org, fleet, rng, now);
    this.humanTokens = sessions.tokens.filter((t) => t.principal.kind === 'human');
    // copies: sign-ins are drawn without replacement so none is audited twice
    this.logins = [...sessions.logins];
    this.failures = [...sessions.failures];
    for (const [department, weights] of Object.entries(GROUP_WEIGHTS)) {
      this.byDepartment.set(
        department,
        new WeightedTable(CATALOGUE.map((e) => [e, e.weight * weights[e.group]])),
      );
    }
    this.automated = new WeightedTable(CATALOGUE.filter((e) => e.automated).map((e) => [e, e.weight]));
    this.state = new WeightedTable(CATALOGUE.filter((e) => e.system).map((e) => [e, e.weight]));
    this.deviceWorkgroups = new WeightedTable(fleet.workgroups.map((w) => [w, w.devices.length]));
  }

  /** Changes made through the API: each one is also a request in the other two streams. */
  linked(share: number): void {
    const eligible = this.tokens.filter(
      (t) =>
        (t.app.clientId === 'admin-portal' || t.app.clientId === 'agilicus-cli') &&
        (t.principal.kind === 'human' || t.principal.application.clientId === 'agilicus-cli') &&
        t.end - t.start > 2000,
    );
    if (eligible.length === 0) return;
    const windows = new WeightedTable(eligible.map((t) => [t, t.end - t.start - 2000]));
    const target = Math.floor(this.count * share);
    const { rng } = this;
    while (this.n < target) {
      const token = windows.pick(rng);
      const prefix = this.requests.endpointOf(token)?.apiPrefix;
      if (!prefix) return;
      const at = token.start + 1000 + Math.floor(rng.next() * (token.end - token.start - 2000));
      const principal = token.principal;
      const entry = (
        principal.kind === 'human'
          ? (this.byDepartment.get(principal.department) ?? this.automated)
          : this.automated
      ).pick(rng);
      const variant = this.draw(entry, principal);
      // an event of authentik's own made no call to this console's API
      if (variant.route === '') continue;
      const failed = this.failed(entry);
      const path = this.variants.apiPath(prefix, variant.route);
      const requestId = this.requests.change(token, at, entry.method, path, failed);
      if (requestId === null) return;
      // the change is recorded once the API has handled the request
      const recorded = Math.min(this.now, at + rng.int(3, 60));
      this.push(recorded, variant, principal, token.ip, failed, token.jti, requestId);
    }
  }

  run(): void {
    if (this.count >= 10) this.hostile();
    if (this.count >= 1000) this.large();
    const { rng } = this;
    while (this.n < this.count) {
      const r = rng.next();
      if (r < LOGIN_SHARE && this.logins.length > 0) this.login(take(rng, this.logins));
      else if (r < LOGIN_SHARE + FAILURE_SHARE && this.failures.length > 0)
        this.login(take(rng, this.failures));
      else if (r < LOGIN_SHARE + FAILURE_SHARE + STATE_SHARE) this.stateChange();
      else this.change();
    }
  }

  finish(idTag?: string): Timed<ActivityRecord> {
    return numberNewestFirst(this.records, this.times, this.n, idPrefix('activity', idTag));
  }

  private home(principal: HumanUser | ServiceAccount): Workgroup {
    return principal.kind === 'human' ? this.fleet.home(principal) : this.deviceWorkgroups.pick(this.rng);
  }

  /** people outside IT act in their own workgroup; IT staff and automation anywhere */
  private draw(entry: Entry, principal: HumanUser | ServiceAccount): Variant {
    const roams =
      entry.scope === 'workgroup' && (principal.kind === 'service' || principal.department === 'it');
    return this.variants.draw(
      entry,
      principal,
      this.home(principal),
      roams ? this.deviceWorkgroups.pick(this.rng) : null,
    );
  }

  /** A change made in the web app during one of the person's sessions (no token cited). */
  private change(): void {
    const { rng } = this;
    const user = this.session();
    const entry = (this.byDepartment.get(user.department) ?? this.automated).pick(rng);
    const variant = this.draw(entry, user);
    this.push(this.sessionAt, variant, user, this.sessionIp, this.failed(entry), null, null);
  }

  /** Draws a moment inside one of someone's sessions; sets sessionIp and sessionAt. */
  private session(): HumanUser {
    const { rng } = this;
    const token = this.humanTokens.length > 0 ? rng.pick(this.humanTokens) : null;
    if (token && token.principal.kind === 'human') {
      this.sessionIp = token.ip;
      this.sessionAt = token.start + Math.floor(rng.next() * (token.end - token.start));
      return token.principal;
    }
    // tiny datasets may hold no sign-in at all
    const user = rng.pick(this.org.users);
    this.sessionIp = user.officeIp ?? user.homeIps[0] ?? '';
    this.sessionAt = Math.floor(this.from + rng.next() * (this.now - this.from));
    return user;
  }

  private stateChange(): void {
    const { rng } = this;
    const entry = this.state.pick(rng);
    const variant = this.variants.draw(entry, null, this.deviceWorkgroups.pick(rng), null);
    const at = Math.floor(this.from + rng.next() * (this.now - this.from));
    this.push(at, variant, null, variant.sourceIp, entry.outcome === 'failed', null, null);
  }

  private failed(entry: Entry): boolean {
    return entry.outcome ? entry.outcome === 'failed' : this.rng.chance(FAILED);
  }

  /** the Ardexa audit logs' `auth` rows, at the moments the authentication stream shows */
  private login(event: LoginEvent): void {
    const { rng } = this;
    const { user, ip } = event;
    let rows = this.signIns.get(user.id);
    if (!rows) {
      const draft = { entityId: user.id, route: '' };
      rows = {
        login: toVariant(AUTH.login, draft, null),
        challenge: toVariant(AUTH.login, { ...draft, attribute: 'MFA send challenge' }, null),
        mfa: toVariant(AUTH.mfa, draft, null),
        failed: toVariant(AUTH.failed, draft, null),
      };
      this.signIns.set(user.id, rows);
    }
    if (event.failed) {
      this.push(event.at, event.mfa ? rows.mfa : rows.failed, user, ip, true, null, null);
      return;
    }
    // with MFA the password step sends a challenge first, then the code completes the login
    const first = event.mfa ? rows.challenge : rows.login;
    this.push(event.at - rng.int(4000, 30_000), first, user, ip, false, null, null);
    if (event.mfa) this.push(event.at - rng.int(80, 600), rows.mfa, user, ip, false, null, null);
  }

  /** Fixed records whose values must stay inert wherever the console shows or exports them. */
  private hostile(): void {
    const profile = CATALOGUE.find((e) => e.controller === 'me' && e.action === 'Update');
    const rename = CATALOGUE.find((e) => e.controller === 'search' && e.action === 'update');
    if (!profile || !rename) return;
    const user = this.session();
    const draft: Draft = {
      entityId: user.id,
      attribute: 'record',
      oldValue: JSON.stringify({ name: user.name }),
      newValue: JSON.stringify({ name: HOSTILE.html, phone: '', timezone: 'America/Toronto' }),
      route: '/users/me',
    };
    this.push(this.sessionAt, toVariant(profile, draft, null), user, this.sessionIp, false, null, null);
    for (const name of [HOSTILE.rtl, HOSTILE.emoji, ...HOSTILE.formulas]) {
      const u = this.session();
      const d: Draft = {
        entityId: `s-${this.rng.id(8)}`,
        attribute: 'name',
        oldValue: 'Daily production',
        newValue: name,
        comments: name,
        route: '/searches',
      };
      this.push(this.sessionAt, toVariant(rename, d, null), u, this.sessionIp, false, null, null);
    }
  }

  /** At most two megabyte-sized records: a tag list imported from the historian. */
  private large(): void {
    const create = CATALOGUE.find((e) => e.controller === 'lookupTable' && e.action === 'create');
    const update = CATALOGUE.find((e) => e.controller === 'lookupTable' && e.action === 'update');
    const wg = this.fleet.byId.get('wg-plant3-ops');
    if (!create || !update || !wg) return;
    const admin = this.org.users.find((u) => u.department === 'it');
    const big = largeLookupTable(this.rng, wg, LARGE_ROWS);
    const id = String(big.id);
    const small = { ...lookupTable(this.rng, wg, 40, String(big.name)), id };
    const rows = `${String(LARGE_ROWS)} rows`;
    const drafts: [Entry, Draft][] = [
      [create, { entityId: id, attribute: 'rows', newValue: rows, newFull: big, route: '/lookup-tables' }],
      [
        update,
        {
          entityId: id,
          attribute: 'rows',
          oldValue: '40 rows',
          newValue: rows,
          oldFull: small,
          newFull: big,
          route: `/lookup-tables/${id}`,
        },
      ],
    ];
    for (const [entry, draft] of drafts) {
      const user = this.session();
      this.push(
        this.sessionAt,
        toVariant(entry, draft, wg.id),
        admin ?? user,
        this.sessionIp,
        false,
        null,
        null,
      );
    }
  }

  private push(
    at: number,
    v: Variant,
    principal: HumanUser | ServiceAccount | null,
    ip: string | null,
    failed: boolean,
    jti: string | null,
    requestId: string | null,
  ): void {
    if (this.n >= this.count) return;
    const time = Math.min(this.now, Math.max(this.from, Math.floor(at)));
    this.times[this.n] = time;
    this.records[this.n++] = {
      id: '',
      event_time: this.iso.format(time),
      controller: v.controller,
      device: v.device,
      entity: v.entity,
      entity_id: v.entityId,
      action: v.action,
      attribute: v.attribute,
      old_value: v.oldValue,
      new_value: v.newValue,
      old_value_full: v.oldFull,
      new_value_full: v.newFull,
      status: failed ? 'failed' : 'success',
      // state changes always carry their device's workgroup
      workgroup_id: v.workgroupId ?? (principal ? this.home(principal).id : ''),
      user_id: principal ? principal.id : SYSTEM_USER,
      user_email: principal ? principal.email : null,
      comments: v.comments,
      config: v.config,
      source_ip: ip,
      jti,
      request_id: requestId,
      // a failed attempt changed nothing
      changed: failed ? NO_CHANGES : v.changed,
    };
  }
}

/** removes and returns a random element in O(1) */
function take<T>(rng: Random, items: T[]): T {
  const i = Math.floor(rng.next() * items.length);
  const item = items[i] as T;
  items[i] = items[items.length - 1] as T;
  items.pop();
  return item;
}
