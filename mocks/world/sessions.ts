/**
 * Reads the authentication stream back into the tokens it issued, so that requests and
 * changes made "with" a token can be placed inside that token's real life: the other
 * streams then join to authentication on jti = token_id without any shared bookkeeping.
 */
import type { AuthenticationRecord } from '../../src/api/streams/authentication';
import { EVENT, STAGE } from './authentication-plan';
import type { Application, HumanUser, Organisation, ServiceAccount } from './organisation';
import { HOUR } from './timeline';

/** Who made a request, as the authorisation and access lines spell it. */
export interface Caller {
  /** token id, '' for anonymous requests (Agilicus audit destinations) */
  readonly jti: string;
  /** user id, '' for anonymous requests */
  readonly sub: string;
  readonly email: string | null;
  readonly org: string;
  readonly ip: string;
  readonly userAgent: string;
  /** browsers preflight cross-origin calls, send referrers and speak HTTP/2 */
  readonly browser: boolean;
}

/** One issued (or refreshed) token and the span in which it could be presented. */
export interface TokenWindow extends Caller {
  readonly principal: HumanUser | ServiceAccount;
  readonly app: Application;
  /** epoch ms of the token_issue / token_refresh stage */
  readonly start: number;
  /** the next refresh or logout of the session, an hour after issue, or now */
  end: number;
  /** token_issue rather than token_refresh: the moment a person arrives in the app */
  readonly issued: boolean;
}

/** A sign-in outcome that the web app also audits (the Ardexa audit logs' `auth` controller). */
export interface LoginEvent {
  readonly at: number;
  readonly user: HumanUser;
  readonly ip: string;
  /** a multi-factor step was part of the login */
  readonly mfa: boolean;
  readonly failed: boolean;
}

export interface Sessions {
  /** oldest first */
  readonly tokens: readonly TokenWindow[];
  readonly logins: readonly LoginEvent[];
  /** wrong passwords and wrong MFA codes of known people */
  readonly failures: readonly LoginEvent[];
}

/** the stages that issue, renew or end tokens, or that fail a known person's login */
const WANTED = new Set<string>([
  STAGE.tokenIssue,
  STAGE.tokenRefresh,
  STAGE.logout,
  STAGE.mfa,
  STAGE.password,
]);

function isBrowser(userAgent: string): boolean {
  return userAgent.startsWith('Mozilla/');
}

export function extractSessions(
  org: Organisation,
  records: readonly AuthenticationRecord[],
  times: Float64Array,
  now: number,
): Sessions {
  const principals = new Map<string, HumanUser | ServiceAccount>();
  for (const u of org.users) principals.set(u.id, u);
  for (const s of org.serviceAccounts) principals.set(s.id, s);
  const apps = new Map(org.applications.map((a) => [a.clientId, a]));
  const tokens: TokenWindow[] = [];
  const logins: LoginEvent[] = [];
  const failures: LoginEvent[] = [];
  const live = new Map<string, TokenWindow>();
  // the MFA step precedes token_issue in the same trace, which is newer in the array
  const mfaTraces = new Set<string>();

  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (!r || !WANTED.has(r.stage)) continue;
    const at = times[i] ?? 0;
    const principal = r.user_id === null ? undefined : principals.get(r.user_id);
    if (!principal) continue;
    if (r.stage === STAGE.mfa) {
      if (r.event === EVENT.success) mfaTraces.add(r.trace_id);
      else if (r.event === EVENT.failure && principal.kind === 'human')
        failures.push({ at, user: principal, ip: r.source_ip, mfa: true, failed: true });
      continue;
    }
    if (r.stage === STAGE.password && r.event === EVENT.failure && principal.kind === 'human') {
      failures.push({ at, user: principal, ip: r.source_ip, mfa: false, failed: true });
      continue;
    }
    const previous = r.session === null ? undefined : live.get(r.session);
    if (r.stage === STAGE.logout) {
      if (previous) previous.end = Math.min(previous.end, at);
      continue;
    }
    if ((r.stage !== STAGE.tokenIssue && r.stage !== STAGE.tokenRefresh) || r.token_id === null) continue;
    const app = apps.get(r.client_id);
    if (!app) continue;
    if (previous) previous.end = Math.min(previous.end, at);
    const userAgent = r.user_agent ?? '';
    const window: TokenWindow = {
      jti: r.token_id,
      sub: principal.id,
      email: principal.email,
      org: principal.org.id,
      ip: r.source_ip,
      userAgent,
      browser: isBrowser(userAgent),
      principal,
      app,
      start: at,
      end: Math.min(at + HOUR, now),
      issued: r.stage === STAGE.tokenIssue,
    };
    tokens.push(window);
    if (r.session !== null) live.set(r.session, window);
    if (window.issued && principal.kind === 'human') {
      logins.push({ at, user: principal, ip: r.source_ip, mfa: mfaTraces.has(r.trace_id), failed: false });
    }
  }
  return { tokens, logins, failures };
}
