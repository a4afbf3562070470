/**
 * Mock authorisation and access streams (seed 000). Every request is made with a token
 * the authentication stream really issued, inside that token's life, from the address and
 * user agent of its login; one request = one authorisation decision and (nearly always)
 * one access line with the same request_id. Anonymous traffic (health checks, scanners,
 * CORS preflights) and a few attacks come on top.
 */
import type { AccessRecord } from '../../src/api/schemas/access';
import type { AuthorisationRecord } from '../../src/api/schemas/authorisation';
import {
  ADMIN_PROBES,
  HEALTH_ROUTES,
  HEALTH_USER_AGENTS,
  SCANNER_PROBES,
  TRAVERSAL_PROBES,
  type Endpoint,
  type Endpoints,
  type Kind,
  type Route,
} from './endpoints';
import { fillOutcome, type Outcome } from './http-outcome';
import { numberNewestFirst, type Timed } from './numbering';
import type { Organisation } from './organisation';
import type { Random } from './random';
import type { Caller, TokenWindow } from './sessions';
import { HOUR, MINUTE, IsoFormatter } from './timeline';

export type { Timed } from './numbering';

/** Notable traffic, so tests and demos can find it without searching. */
export interface RequestScenarios {
  /** address of the burst of denied requests to administration paths */
  adminBurstIp: string | null;
  /** address of the path traversal probes */
  traversalIp: string | null;
  /** token whose requests suddenly failed with 5xx */
  failingToken: string | null;
}

/** requests per hour of a token's life, by client: polling dashboards are chatty */
const RATE: Readonly<Record<string, number>> = {
  'file-share': 30,
  historian: 25,
  'scada-viewer': 30,
  'turbine-dashboard': 20,
  'control-room-vnc': 4,
  'maintenance-wiki': 8,
  profile: 3,
  'admin-portal': 12,
  'agilicus-cli': 8,
  'agilicus-launcher': 3,
};

const PROFILE_REFERRER = 'https://profile.dunmore-energy.com/';
const HTTP1 = 'HTTP/1.1';
const HTTP2 = 'HTTP/2';
/** share of authenticated requests a policy denies, and of denials with no access line */
const DENIED = 0.015;
const DENIED_UNLOGGED = 0.2;
/** the authoriser itself failing */
const AUTHORISER_ERROR = 0.0008;

function anonymous(ip: string, userAgent: string): Caller {
  return { jti: '', sub: '', email: null, org: '', ip, userAgent, browser: userAgent.startsWith('Mozilla/') };
}

export class RequestGenerator {
  private readonly authz: AuthorisationRecord[];
  private readonly authzTimes: Float64Array;
  private readonly access: AccessRecord[];
  private readonly accessTimes: Float64Array;
  private nAuthz = 0;
  private nAccess = 0;
  /** authorisation lines without an access line, repaid by access-only preflights */
  private owed = 0;
  private readonly out: Outcome = { code: 0, duration: 0, sent: 0, received: 0, flags: '' };
  private readonly iso: IsoFormatter;
  readonly scenarios: RequestScenarios = { adminBurstIp: null, traversalIp: null, failingToken: null };

  private readonly org: Organisation;
  private readonly endpoints: Endpoints;
  private readonly tokens: readonly TokenWindow[];
  private readonly rng: Random;
  private readonly count: number;
  private readonly from: number;
  private readonly now: number;

  constructor(
    org: Organisation,
    endpoints: Endpoints,
    tokens: readonly TokenWindow[],
    rng: Random,
    count: number,
    from: number,
    now: number,
  ) {
    this.org = org;
    this.endpoints = endpoints;
    this.tokens = tokens;
    this.rng = rng;
    this.count = count;
    this.from = from;
    this.now = now;
    this.authz = new Array<AuthorisationRecord>(count);
    this.authzTimes = new Float64Array(count);
    this.access = new Array<AccessRecord>(count);
    this.accessTimes = new Float64Array(count);
    this.iso = new IsoFormatter(from - MINUTE, now);
  }

  endpointOf(token: TokenWindow): Endpoint | undefined {
    return this.endpoints.byClient(token.app.clientId);
  }

  /**
   * A change made through the API, for the activity stream to cite. Returns the request
   * id, or null when the streams are too full to hold both lines.
   */
  change(token: TokenWindow, at: number, method: string, path: string, failed: boolean): string | null {
    const ep = this.endpointOf(token);
    if (!ep || this.nAuthz >= this.count || this.nAccess >= this.count) return null;
    const rng = this.rng;
    // a failed change was either refused by policy or rejected by the application
    const denied = failed && rng.chance(0.5);
    const code = failed
      ? denied
        ? 403
        : rng.chance(0.5)
          ? 409
          : 400
      : method === 'DELETE'
        ? 204
        : method === 'POST'
          ? 201
          : 200;
    const kind: Kind = method === 'DELETE' ? 'delete' : method === 'GET' ? 'api' : 'write';
    return this.emit(
      at,
      ep,
      token,
      method,
      path,
      kind,
      !denied,
      false,
      false,
      code,
      this.protocol(ep, token),
      ep.referrer,
      true,
    );
  }

  run(): void {
    if (this.count >= 100) this.attacks();
    this.anonymousTraffic();
    this.landings();
    this.visits();
    this.topUp();
  }

  finish(): { authorisation: Timed<AuthorisationRecord>; access: Timed<AccessRecord> } {
    return {
      authorisation: numberNewestFirst(this.authz, this.authzTimes, this.nAuthz, 'authz'),
      access: numberNewestFirst(this.access, this.accessTimes, this.nAccess, 'access'),
    };
  }

  private get full(): boolean {
    return this.nAuthz >= this.count;
  }

  private anyTime(): number {
    return Math.floor(this.from + this.rng.next() * (this.now - this.from));
  }

  private protocol(ep: Endpoint, caller: Caller): string {
    if (!caller.browser || ep.clientId === 'file-share') return HTTP1;
    return this.rng.chance(ep.sourceType === 'cloud' ? 0.85 : 0.5) ? HTTP2 : HTTP1;
  }

  private attacks(): void {
    const { rng, org } = this;
    const admin = this.endpoints.byClient('admin-portal');
    const ips = org.attackerIps;
    if (admin && ips.length > 0) {
      const ip = ips[0] ?? '';
      const caller = anonymous(ip, rng.pick(org.attackerUserAgents));
      this.scenarios.adminBurstIp = ip;
      let at = this.anyTime() - 5 * MINUTE;
      const n = Math.max(20, Math.round(this.count * 0.002));
      for (let i = 0; i < n && !this.full; i++) {
        at += rng.int(80, 900);
        const probe = rng.pick(ADMIN_PROBES);
        this.denied(Math.min(at, this.now), admin, caller, probe);
      }
    }
    const targets = ['file-share', 'historian', 'maintenance-wiki'].map((c) => this.endpoints.byClient(c));
    if (ips.length > 1) {
      const ip = ips[1] ?? '';
      const caller = anonymous(ip, rng.pick(org.attackerUserAgents));
      this.scenarios.traversalIp = ip;
      let at = this.anyTime() - 5 * MINUTE;
      const n = Math.max(8, Math.round(this.count * 0.0005));
      for (let i = 0; i < n && !this.full; i++) {
        at += rng.int(200, 2000);
        const ep = targets[i % targets.length];
        const probe = TRAVERSAL_PROBES[i % TRAVERSAL_PROBES.length];
        if (ep && probe) this.denied(Math.min(at, this.now), ep, caller, probe);
      }
    }
    this.failingUpstream();
  }

  private denied(at: number, ep: Endpoint, caller: Caller, probe: Route): void {
    this.emit(
      at,
      ep,
      caller,
      probe.method,
      probe.path,
      probe.kind,
      false,
      false,
      false,
      403,
      HTTP1,
      '',
      true,
    );
  }

  /** One person's dashboard breaks: a run of 5xx within a quarter of an hour. */
  private failingUpstream(): void {
    const dashboards = new Set(['historian', 'scada-viewer', 'turbine-dashboard']);
    let chosen: TokenWindow | null = null;
    for (const t of this.tokens) {
      if (t.principal.kind !== 'human' || !dashboards.has(t.app.clientId)) continue;
      if (!chosen || t.end - t.start > chosen.end - chosen.start) chosen = t;
      if (chosen.end - chosen.start >= HOUR - 5 * MINUTE) break;
    }
    const ep = chosen ? this.endpointOf(chosen) : undefined;
    if (!chosen || !ep) return;
    this.scenarios.failingToken = chosen.jti;
    const apis = ep.routes.items.filter((r) => r.kind === 'api');
    const n = Math.max(15, Math.round(this.count * 0.0005));
    const span = Math.max(1, Math.min(15 * MINUTE, chosen.end - chosen.start - 1000));
    const protocol = this.protocol(ep, chosen);
    for (let i = 0; i < n && !this.full; i++) {
      const at = chosen.start + 1000 + Math.floor((i / n) * span);
      const r = apis.length > 0 ? this.rng.pick(apis) : ep.routes.items[0];
      if (!r) return;
      const code = this.rng.weighted([
        [500, 3],
        [502, 4],
        [503, 5],
      ] as const);
      this.emit(
        at,
        ep,
        chosen,
        r.method,
        r.path,
        r.kind,
        true,
        false,
        false,
        code,
        protocol,
        ep.referrer,
        true,
      );
    }
  }

  private anonymousTraffic(): void {
    const health = Math.round(this.count * 0.012);
    const scans = Math.round(this.count * 0.004);
    for (let i = 0; i < health && !this.full; i++) this.healthCheck(true);
    for (let i = 0; i < scans && !this.full; i++) this.scan();
  }

  private healthCheck(withAccess: boolean): void {
    const { rng } = this;
    const ep = rng.pick(this.endpoints.all);
    const r = rng.pick(HEALTH_ROUTES);
    const caller = anonymous(rng.pick(this.endpoints.monitorIps), rng.pick(HEALTH_USER_AGENTS));
    this.emit(
      this.anyTime(),
      ep,
      caller,
      r.method,
      r.path,
      r.kind,
      true,
      true,
      false,
      undefined,
      HTTP1,
      '',
      withAccess,
    );
  }

  private scan(): void {
    const { rng, org } = this;
    const caller = anonymous(rng.pick(org.attackerIps), rng.pick(org.attackerUserAgents));
    this.denied(this.anyTime(), rng.pick(this.endpoints.all), caller, rng.pick(SCANNER_PROBES));
  }

  /** The app loads right after sign-in: most logins are followed by requests at once. */
  private landings(): void {
    const issued = this.tokens.reduce((n, t) => n + (t.issued ? 1 : 0), 0);
    const p = issued === 0 ? 0 : Math.min(1, (this.count * 0.35) / issued);
    for (const t of this.tokens) {
      if (this.full) return;
      if (!t.issued || !this.rng.chance(p)) continue;
      const at = t.start + this.rng.int(200, 3000);
      if (at < t.end) this.visit(t, at);
    }
  }

  private visits(): void {
    const { tokens, rng } = this;
    const cumulative = new Float64Array(tokens.length);
    let total = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t) {
        const rate = (RATE[t.app.clientId] ?? 5) * (t.principal.kind === 'service' ? 2 : 1);
        total += (rate * Math.max(0, t.end - t.start - 1000)) / HOUR;
      }
      cumulative[i] = total;
    }
    while (!this.full) {
      if (!(total > 0)) {
        if (rng.chance(0.7)) this.healthCheck(true);
        else this.scan();
        continue;
      }
      const u = rng.next() * total;
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) > u) hi = mid;
        else lo = mid + 1;
      }
      const t = tokens[lo];
      if (t) this.visit(t, t.start + 1000 + Math.floor(rng.next() * (t.end - t.start - 1000)));
    }
  }

  /** A page (or API call) and what the client fetches right after it. */
  private visit(token: TokenWindow, at: number): void {
    const ep = this.endpointOf(token);
    if (!ep) return;
    const { rng } = this;
    const protocol = this.protocol(ep, token);
    let route = ep.routes.pick(rng);
    let referrer = token.browser ? (rng.chance(0.3) ? PROFILE_REFERRER : ep.referrer) : '';
    const follow = token.browser ? rng.int(0, 3) : rng.chance(0.3) ? 1 : 0;
    let t = at;
    for (let i = 0; i <= follow && !this.full && t <= token.end; i++) {
      this.authenticated(t, ep, token, route, protocol, referrer);
      referrer = token.browser ? ep.referrer : '';
      route = rng.pick(ep.follow);
      t += rng.int(15, 900);
    }
  }

  private authenticated(
    at: number,
    ep: Endpoint,
    token: TokenWindow,
    route: Route,
    protocol: string,
    referrer: string,
  ): void {
    const { rng } = this;
    if (this.owed > 0 && token.browser && this.nAccess < this.count) {
      this.preflight(at - rng.int(20, 120), ep, token, route.path, protocol);
    }
    const error = rng.chance(AUTHORISER_ERROR);
    const denied = error || rng.chance(DENIED);
    const logged = !denied || error || !rng.chance(DENIED_UNLOGGED);
    const code = error ? rng.pick([500, 503]) : denied ? 403 : undefined;
    this.emit(
      at,
      ep,
      token,
      route.method,
      route.path,
      route.kind,
      !denied,
      false,
      error,
      code,
      protocol,
      referrer,
      logged,
    );
  }

  /** The browser's CORS preflight: logged by the proxy, never authorised, no token. */
  private preflight(at: number, ep: Endpoint, caller: Caller, path: string, protocol: string): void {
    const { rng } = this;
    fillOutcome(rng, 'options', this.out);
    this.pushAccess(
      Math.max(this.from, at),
      ep,
      anonymous(caller.ip, caller.userAgent),
      'OPTIONS',
      path,
      rng.uuid(),
      protocol,
      caller.browser ? ep.referrer : '',
    );
    this.owed = Math.max(0, this.owed - 1);
  }

  /** the access stream must hold exactly `count` lines too */
  private topUp(): void {
    const { rng, tokens } = this;
    while (this.nAccess < this.count) {
      const t = tokens.length > 0 ? rng.pick(tokens) : null;
      const ep = t ? this.endpointOf(t) : undefined;
      if (t && ep && t.browser) {
        const r = ep.routes.pick(rng);
        this.preflight(
          t.start + rng.int(200, Math.max(200, t.end - t.start)),
          ep,
          t,
          r.path,
          this.protocol(ep, t),
        );
      } else {
        this.healthCheckAccessOnly();
      }
    }
  }

  private healthCheckAccessOnly(): void {
    const { rng } = this;
    const ep = rng.pick(this.endpoints.all);
    const r = rng.pick(HEALTH_ROUTES);
    fillOutcome(rng, r.kind, this.out);
    const caller = anonymous(rng.pick(this.endpoints.monitorIps), rng.pick(HEALTH_USER_AGENTS));
    this.pushAccess(this.anyTime(), ep, caller, r.method, r.path, rng.uuid(), HTTP1, '');
  }

  /** Writes the decision and, when `withAccess`, the transaction line; returns the request id. */
  private emit(
    at: number,
    ep: Endpoint,
    caller: Caller,
    method: string,
    path: string,
    kind: Kind,
    allowed: boolean,
    whitelisted: boolean,
    error: boolean,
    code: number | undefined,
    protocol: string,
    referrer: string,
    withAccess: boolean,
  ): string {
    const { rng } = this;
    const requestId = rng.uuid();
    const time = Math.min(this.now, Math.max(this.from, Math.floor(at)));
    if (this.nAuthz < this.count) {
      this.authzTimes[this.nAuthz] = time;
      this.authz[this.nAuthz++] = {
        id: '',
        time: this.iso.format(time),
        allowed,
        authenticated: caller.jti !== '',
        authority: ep.authority,
        downstream_remote_address: caller.ip,
        error,
        hostname: ep.hostname,
        jti: caller.jti,
        method,
        org: caller.org,
        path,
        protocol,
        request_id: requestId,
        source_id: ep.sourceId,
        source_org_id: ep.sourceOrgId,
        source_type: ep.sourceType,
        sub: caller.sub,
        whitelisted,
        email: caller.email,
      };
    }
    if (!withAccess) {
      this.owed++;
      return requestId;
    }
    if (this.nAccess >= this.count) return requestId;
    fillOutcome(rng, kind, this.out, code);
    // the proxy starts timing before it asks the authoriser
    this.pushAccess(
      Math.max(this.from, time - rng.int(1, 8)),
      ep,
      caller,
      method,
      path,
      requestId,
      protocol,
      referrer,
    );
    return requestId;
  }

  private pushAccess(
    start: number,
    ep: Endpoint,
    caller: Caller,
    method: string,
    path: string,
    requestId: string,
    protocol: string,
    referrer: string,
  ): void {
    if (this.nAccess >= this.count) return;
    const { out } = this;
    const at = Math.min(this.now, Math.floor(start));
    this.accessTimes[this.nAccess] = at;
    this.access[this.nAccess++] = {
      id: '',
      start_time: this.iso.format(at),
      authority: ep.authority,
      bytes_received: out.received,
      bytes_sent: out.sent,
      downstream_remote_address: caller.ip,
      duration: out.duration,
      flags: out.flags,
      hostname: ep.hostname,
      http_referrer: referrer,
      http_user_agent: caller.userAgent,
      jti: caller.jti,
      method,
      org: caller.org,
      path,
      protocol,
      request_id: requestId,
      response_code: out.code,
      source_id: ep.sourceId,
      source_org_id: ep.sourceOrgId,
      source_type: ep.sourceType,
      sub: caller.sub,
      upstream_authority: ep.upstreams.length === 1 ? (ep.upstreams[0] ?? '') : this.rng.pick(ep.upstreams),
      email: caller.email,
    };
  }
}
