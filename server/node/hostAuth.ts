import { Hono, type MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { IdentityOf } from '../api/identity';
import { ApiProblem } from '../api/problem';
import { authRoutes } from '../auth/authRoutes';
import { cookieNames } from '../auth/cookies';
import { oidcClient, type OidcClient } from '../auth/oidc';
import { notConfigured, signInNotConfigured } from '../auth/problems';
import { refusals } from '../auth/refusals';
import { sessionIdentity } from '../auth/sessionIdentity';
import { sessionRoutes, type ServerApi } from '../auth/sessionRoutes';
import type { SessionStore } from '../auth/sessionStore';
import { sessions as keepSessions } from '../auth/sessions';
import type { AuthSettings } from '../auth/settings';
import { signInPage } from '../auth/signInPage';
import { signInSealer } from '../auth/signInState';
import type { AuditStore } from '../engine/types';
import { localOperator } from './localOperator';

/** What the host needs to tell requests apart, beyond the API's identity. */
export interface HostAuth {
  identity: IdentityOf;
  /** /auth/login, /auth/callback, /auth/logout */
  routes: Hono | null;
  /** before the API and /auth/logout: the CSRF check */
  csrf: MiddlewareHandler | null;
  /** API routes of a server with sign-in only (the owner's sessions), asked before the API */
  api: ServerApi | null;
  /** after the API answered a request (its 403s are audited) */
  afterApi: (request: Request, response: Response) => Promise<void>;
}

const nothingAfter = async (): Promise<void> => undefined;

export interface HostAuthOptions {
  settings: AuthSettings;
  sessions: SessionStore;
  store: Pick<AuditStore, 'append'>;
  log: Logger;
  /** injected by tests, which move time by hand */
  now?: () => number;
  /** injected by tests that need no provider */
  oidc?: OidcClient;
}

/** Sign-in through the provider; the demo's local operator; or, not set up, a 401 for every call. */
export function hostAuth({
  settings,
  sessions: store,
  store: audit,
  log,
  now = Date.now,
  oidc,
}: HostAuthOptions): HostAuth {
  if (settings.mode === 'demo')
    return { identity: localOperator, routes: null, csrf: null, api: null, afterApi: nothingAfter };
  if (settings.mode === 'unconfigured') {
    const { missing } = settings;
    const routes = new Hono().all('/auth/*', () =>
      signInPage(503, 'Sign-in is not set up', notConfigured(missing), {
        href: '/',
        text: 'Back to the console',
      }),
    );
    return {
      identity: async () => {
        throw new ApiProblem(signInNotConfigured(missing));
      },
      routes,
      csrf: null,
      api: null,
      afterApi: nothingAfter,
    };
  }

  const cookies = cookieNames(settings.publicOrigin);
  const sessions = keepSessions(store, settings.sessions, now);
  const who = sessionIdentity({
    sessions,
    cookies,
    store: audit,
    org: { id: settings.oidc.issuer.host, name: settings.oidc.issuer.host },
    now,
  });
  const refused = refusals({ publicOrigin: settings.publicOrigin, cookies, store: audit, now });
  return {
    identity: who.identity,
    routes: authRoutes({
      oidc: oidc ?? oidcClient(settings.oidc),
      settings: settings.oidc,
      sessions,
      sealer: signInSealer(),
      cookies,
      publicOrigin: settings.publicOrigin,
      store: audit,
      now,
      onError: (err, doing) => log.error({ err }, `sign-in failed ${doing}`),
    }),
    csrf: refused.csrf,
    api: sessionRoutes({ sessions, who, cookies, store: audit, now }),
    afterApi: (request, response) => refused.audit(request, response, who.sessionOf(request)),
  };
}
