/**
 * Mock authorisation and access streams (Agilicus audit destinations). Every authenticated request is made
 * with a token the authentication stream really issued, inside that token's life, from the
 * address and user agent of its login; one request = one decision and (nearly always) one
 * access line with the same request_id. Anonymous traffic (health checks, scanners, CORS
 * preflights) and a few staged attacks come on top.
 */
import type { AccessRecord } from '../../src/api/streams/access';
import type { AuthorisationRecord } from '../../src/api/streams/authorisation';
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
import type { Timed } from '../../server/engine/timed';
import type { Organisation } from './organisation';
import type { Random } from './random';
import { ALLOW, DENY, FAIL, RequestWriter, WHITELIST, anonymous } from './request-records';
import type { Caller, TokenWindow } from './sessions';
import { HOUR, MINUTE } from './timeline';
import { WeightedTable } from './weighted';

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
/** the authoriser failing, a policy denying, and denials the proxy did not log */
const AUTHORISER_ERROR = 0.0008;
const DENIED = 0.015;
const DENIED_UNLOGGED = 0.2;
const SERVER_ERRORS = new WeightedTable([
  [500, 3],
  [502, 4],
  [503, 5],
]);

export class RequestGenerator {
  private readonly writer: RequestWriter;
  /** OPTIONS twins of routes, so preflights share their strings */
  private readonly preflights = new Map<Route, Route>();
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
    /** ms the records' times are moved by (IsoFormatter) */
    shift = 0,
  ) {
    this.org = org;
    this.endpoints = endpoints;
    this.tokens = tokens;
    this.rng = rng;
    this.count = count;
    this.from = from;
    this.now = now;
    this.writer = new RequestWriter(rng, count, from, now, shift);
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
    if (!ep || this.writer.full || this.writer.accessFull) return null;
    const { rng } = this;
    // a failed change was refused by policy or rejected by the application
    const denied = failed && rng.chance(0.5);
    const rejected = rng.chance(0.5) ? 409 : 400;
    const code = denied ? 403 : failed ? rejected : method === 'DELETE' ? 204 : method === 'POST' ? 201 : 200;
    const kind: Kind = method === 'DELETE' ? 'delete' : method === 'GET' ? 'api' : 'write';
    const referrer = token.browser ? ep.referrer : '';
    const route = { method, path, kind };
    return this.writer.request(
      at,
      ep,
      token,
      route,
      denied ? DENY : ALLOW,
      code,
      this.protocol(ep, token),
      referrer,
    );
  }

  run(): void {
    if (this.count >= 100) this.attacks();
    this.anonymousTraffic();
    this.landings();
    this.visits();
    this.topUp();
  }

  finish(idTag?: string): { authorisation: Timed<AuthorisationRecord>; access: Timed<AccessRecord> } {
    return this.writer.finish(idTag);
  }

  private anyTime(): number {
    return Math.floor(this.from + this.rng.next() * (this.now - this.from));
  }

  private protocol(ep: Endpoint, caller: Caller): string {
    // WebDAV clients and scripts stay on HTTP/1.1; browsers negotiate HTTP/2 where offered
    if (!caller.browser || ep.clientId === 'file-share') return HTTP1;
    return this.rng.chance(ep.sourceType === 'cloud' ? 0.85 : 0.5) ? HTTP2 : HTTP1;
  }

  private attacks(): void {
    const { rng, org, writer } = this;
    const [burstIp, traversalIp] = org.attackerIps;
    const admin = this.endpoints.byClient('admin-portal');
    if (admin && burstIp) {
      // one address walks a list of administration paths, a request every few hundred ms
      const caller = anonymous(burstIp, rng.pick(org.attackerUserAgents));
      this.scenarios.adminBurstIp = burstIp;
      let at = Math.max(this.from, this.anyTime() - 5 * MINUTE);
      const n = Math.max(20, Math.round(this.count * 0.002));
      for (let i = 0; i < n && !writer.full; i++) {
        at = Math.min(this.now, at + rng.int(80, 900));
        writer.request(at, admin, caller, rng.pick(ADMIN_PROBES), DENY, 403, HTTP1, '');
      }
    }
    const targets = ['file-share', 'historian', 'maintenance-wiki'].map((c) => this.endpoints.byClient(c));
    if (traversalIp) {
      const caller = anonymous(traversalIp, rng.pick(org.attackerUserAgents));
      this.scenarios.traversalIp = traversalIp;
      let at = Math.max(this.from, this.anyTime() - 5 * MINUTE);
      const n = Math.max(8, Math.round(this.count * 0.0005));
      for (let i = 0; i < n && !writer.full; i++) {
        at = Math.min(this.now, at + rng.int(200, 2000));
        const ep = targets[i % targets.length];
        const probe = TRAVERSAL_PROBES[i % TRAVERSAL_PROBES.length];
        if (ep && probe) writer.request(at, ep, caller, probe, DENY, 403, HTTP1, '');
      }
    }
    this.failingUpstream();
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
    const referrer = chosen.browser ? ep.referrer : '';
    for (let i = 0; i < n && !this.writer.full; i++) {
      const at = chosen.start + 1000 + Math.floor((i / n) * span);
      const route = apis.length > 0 ? this.rng.pick(apis) : ep.routes.pick(this.rng);
      this.writer.request(at, ep, chosen, route, ALLOW, SERVER_ERRORS.pick(this.rng), protocol, referrer);
    }
  }

  private anonymousTraffic(): void {
    const health = Math.round(this.count * 0.012);
    const scans = Math.round(this.count * 0.004);
    for (let i = 0; i < health && !this.writer.full; i++) this.healthCheck(true);
    for (let i = 0; i < scans && !this.writer.full; i++) this.scan();
  }

  private healthCheck(decided: boolean): void {
    const { rng } = this;
    const ep = rng.pick(this.endpoints.all);
    const route = rng.pick(HEALTH_ROUTES);
    const caller = anonymous(rng.pick(this.endpoints.monitorIps), rng.pick(HEALTH_USER_AGENTS));
    if (decided) this.writer.request(this.anyTime(), ep, caller, route, WHITELIST, undefined, HTTP1, '');
    else this.writer.accessOnly(this.anyTime(), ep, caller, route, HTTP1, '');
  }

  private scan(): void {
    const { rng, org } = this;
    const caller = anonymous(rng.pick(org.attackerIps), rng.pick(org.attackerUserAgents));
    const ep = rng.pick(this.endpoints.all);
    this.writer.request(this.anyTime(), ep, caller, rng.pick(SCANNER_PROBES), DENY, 403, HTTP1, '');
  }

  /** The app loads right after sign-in: most logins are followed by requests at once. */
  private landings(): void {
    const issued = this.tokens.reduce((n, t) => n + (t.issued ? 1 : 0), 0);
    const p = issued === 0 ? 0 : Math.min(1, (this.count * 0.35) / issued);
    for (const t of this.tokens) {
      if (this.writer.full) return;
      if (!t.issued || !this.rng.chance(p)) continue;
      const at = t.start + this.rng.int(200, 3000);
      if (at < t.end) this.visit(t, at);
    }
  }

  /** The rest of the traffic, spread over tokens by their client's rate and life. */
  private visits(): void {
    const { rng, writer } = this;
    const weights = this.tokens.map((t) => {
      const rate = (RATE[t.app.clientId] ?? 5) * (t.principal.kind === 'service' ? 2 : 1);
      return [t, (rate * Math.max(0, t.end - t.start - 1000)) / HOUR] as const;
    });
    const windows = weights.some(([, w]) => w > 0) ? new WeightedTable(weights) : null;
    while (!writer.full) {
      if (!windows) {
        // tiny datasets may hold no usable token
        if (rng.chance(0.7)) this.healthCheck(true);
        else this.scan();
        continue;
      }
      const t = windows.pick(rng);
      this.visit(t, t.start + 1000 + Math.floor(rng.next() * (t.end - t.start - 1000)));
    }
  }

  /** A page (or API call) and what the client fetches right after it. */
  private visit(token: TokenWindow, at: number): void {
    const ep = this.endpointOf(token);
    if (!ep) return;
    const { rng } = this;
    const protocol = this.protocol(ep, token);
    let route = (token.browser ? ep.routes : ep.machineRoutes).pick(rng);
    let referrer = token.browser ? (rng.chance(0.3) ? PROFILE_REFERRER : ep.referrer) : '';
    const follow = token.browser ? rng.int(0, 3) : rng.chance(0.3) ? 1 : 0;
    let t = at;
    for (let i = 0; i <= follow && !this.writer.full && t <= token.end; i++) {
      this.authenticated(t, ep, token, route, protocol, referrer);
      referrer = token.browser ? ep.referrer : '';
      route = token.browser ? rng.pick(ep.follow) : ep.machineRoutes.pick(rng);
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
    const { rng, writer } = this;
    if (writer.owed > 0 && token.browser && !writer.accessFull) {
      const preflight = anonymous(token.ip, token.userAgent);
      writer.accessOnly(at - rng.int(20, 120), ep, preflight, this.preflightOf(route), protocol, ep.referrer);
    }
    const r = rng.next();
    if (r < AUTHORISER_ERROR) {
      writer.request(at, ep, token, route, FAIL, rng.chance(0.5) ? 500 : 503, protocol, referrer);
    } else if (r < AUTHORISER_ERROR + DENIED) {
      const logged = !rng.chance(DENIED_UNLOGGED);
      writer.request(at, ep, token, route, DENY, 403, protocol, referrer, logged);
    } else {
      writer.request(at, ep, token, route, ALLOW, undefined, protocol, referrer);
    }
  }

  private preflightOf(route: Route): Route {
    let found = this.preflights.get(route);
    if (!found) {
      found = { method: 'OPTIONS', path: route.path, kind: 'options' };
      this.preflights.set(route, found);
    }
    return found;
  }

  /** The access stream must hold exactly `count` lines too: repay with preflights. */
  private topUp(): void {
    const { rng, tokens, writer } = this;
    while (!writer.accessFull) {
      const t = tokens.length > 0 ? rng.pick(tokens) : null;
      const ep = t ? this.endpointOf(t) : undefined;
      if (!t || !ep || !t.browser) {
        this.healthCheck(false);
        continue;
      }
      const at = t.start + rng.int(200, Math.max(200, t.end - t.start));
      const preflight = anonymous(t.ip, t.userAgent);
      writer.accessOnly(
        at,
        ep,
        preflight,
        this.preflightOf(ep.routes.pick(rng)),
        this.protocol(ep, t),
        ep.referrer,
      );
    }
  }
}
