/**
 * Writes authorisation decisions and access lines (Agilicus audit destinations) into preallocated arrays.
 * Kept apart from the traffic planning in requests.ts: this is the only place that knows
 * which fields the two lines of one request share.
 */
import type { AccessRecord } from '../../src/api/streams/access';
import type { AuthorisationRecord } from '../../src/api/streams/authorisation';
import type { Endpoint, Kind, Route } from './endpoints';
import { fillOutcome, type Outcome } from './http-outcome';
import type { Timed } from '../../server/engine/timed';
import { idPrefix, numberNewestFirst } from './numbering';
import type { Random } from './random';
import type { Caller } from './sessions';
import { IsoFormatter, MINUTE } from './timeline';

/** what the authoriser decided; shared constants, one per outcome */
export interface Decision {
  readonly allowed: boolean;
  readonly whitelisted: boolean;
  readonly error: boolean;
}
export const ALLOW: Decision = { allowed: true, whitelisted: false, error: false };
export const DENY: Decision = { allowed: false, whitelisted: false, error: false };
/** health checks and the like pass without a token and without a check */
export const WHITELIST: Decision = { allowed: true, whitelisted: true, error: false };
/** the authoriser itself failed, so the request was refused */
export const FAIL: Decision = { allowed: false, whitelisted: false, error: true };

export function anonymous(ip: string, userAgent: string): Caller {
  return { jti: '', sub: '', email: null, org: '', ip, userAgent, browser: userAgent.startsWith('Mozilla/') };
}

export class RequestWriter {
  private readonly authz: AuthorisationRecord[];
  private readonly authzTimes: Float64Array;
  private readonly access: AccessRecord[];
  private readonly accessTimes: Float64Array;
  nAuthz = 0;
  nAccess = 0;
  /** decisions logged without an access line, repaid by access-only lines */
  owed = 0;
  private readonly out: Outcome = { code: 0, duration: 0, sent: 0, received: 0, flags: '' };
  private readonly iso: IsoFormatter;

  private readonly rng: Random;
  private readonly count: number;
  private readonly from: number;
  private readonly now: number;

  constructor(rng: Random, count: number, from: number, now: number, shift = 0) {
    this.rng = rng;
    this.count = count;
    this.from = from;
    this.now = now;
    this.authz = new Array<AuthorisationRecord>(count);
    this.authzTimes = new Float64Array(count);
    this.access = new Array<AccessRecord>(count);
    this.accessTimes = new Float64Array(count);
    this.iso = new IsoFormatter(from - MINUTE, now, shift);
  }

  /** no room for another decision */
  get full(): boolean {
    return this.nAuthz >= this.count;
  }

  get accessFull(): boolean {
    return this.nAccess >= this.count;
  }

  /**
   * One request: its decision and, when `withAccess`, its access line (status forced by
   * `code` or drawn for the route's kind). Returns the shared request id.
   */
  request(
    at: number,
    ep: Endpoint,
    caller: Caller,
    route: Route,
    decision: Decision,
    code: number | undefined,
    protocol: string,
    referrer: string,
    withAccess = true,
  ): string {
    const requestId = this.rng.uuid();
    const time = Math.min(this.now, Math.max(this.from, Math.floor(at)));
    if (this.nAuthz < this.count) {
      this.authzTimes[this.nAuthz] = time;
      this.authz[this.nAuthz++] = {
        id: '',
        time: this.iso.format(time),
        allowed: decision.allowed,
        authenticated: caller.jti !== '',
        authority: ep.authority,
        downstream_remote_address: caller.ip,
        error: decision.error,
        hostname: ep.hostname,
        jti: caller.jti,
        method: route.method,
        org: caller.org,
        path: route.path,
        protocol,
        request_id: requestId,
        source_id: ep.sourceId,
        source_org_id: ep.sourceOrgId,
        source_type: ep.sourceType,
        sub: caller.sub,
        whitelisted: decision.whitelisted,
        email: caller.email,
      };
    }
    if (!withAccess) this.owed++;
    // the proxy starts its clock before it asks the authoriser
    else this.line(time - this.rng.int(1, 8), ep, caller, route, requestId, protocol, referrer, code);
    return requestId;
  }

  /** An access line no decision belongs to (CORS preflights, unchecked health probes). */
  accessOnly(
    at: number,
    ep: Endpoint,
    caller: Caller,
    route: Route,
    protocol: string,
    referrer: string,
  ): void {
    this.line(at, ep, caller, route, this.rng.uuid(), protocol, referrer, undefined);
    this.owed = Math.max(0, this.owed - 1);
  }

  finish(idTag?: string): { authorisation: Timed<AuthorisationRecord>; access: Timed<AccessRecord> } {
    return {
      authorisation: numberNewestFirst(this.authz, this.authzTimes, this.nAuthz, idPrefix('authz', idTag)),
      access: numberNewestFirst(this.access, this.accessTimes, this.nAccess, idPrefix('access', idTag)),
    };
  }

  private line(
    start: number,
    ep: Endpoint,
    caller: Caller,
    route: Route,
    requestId: string,
    protocol: string,
    referrer: string,
    code: number | undefined,
  ): void {
    if (this.nAccess >= this.count) return;
    const { out, rng } = this;
    const kind: Kind = route.kind;
    fillOutcome(rng, kind, out, code);
    const at = Math.min(this.now, Math.max(this.from, Math.floor(start)));
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
      method: route.method,
      org: caller.org,
      path: route.path,
      protocol,
      request_id: requestId,
      response_code: out.code,
      source_id: ep.sourceId,
      source_org_id: ep.sourceOrgId,
      source_type: ep.sourceType,
      sub: caller.sub,
      upstream_authority: ep.upstreams.length === 1 ? (ep.upstreams[0] ?? '') : rng.pick(ep.upstreams),
      email: caller.email,
    };
  }
}
