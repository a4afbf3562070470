import type { Identity } from '../api/identity';
import { ApiProblem } from '../api/problem';
import { permissionsOf } from '../api/roles';
import type { AuditStore } from '../engine/types';
import { auditSession, sessionRef } from './auditSessions';
import { cookieHeader, cookieOf, type CookieNames } from './cookies';
import { signInRequired } from './problems';
import type { StoredSession } from './sessionStore';
import type { Sessions } from './sessions';

export interface SessionIdentity {
  identity: (request: Request) => Promise<Identity>;
  /** the live session a request came with, once `identity` has looked (for auditing its 403s) */
  sessionOf: (request: Request) => StoredSession | undefined;
}

const REASONS = {
  idle: 'Your session ended after a time without use. Sign in again to continue.',
  expired: 'Your session reached its time limit. Sign in again to continue.',
  signed_out: 'You have signed out. Sign in again to continue.',
  revoked: 'An owner ended your session. Sign in again to continue.',
} as const;

/** The API's identity on a server with sign-in: the session its cookie names, or a 401. */
export function sessionIdentity(options: {
  sessions: Sessions;
  cookies: CookieNames;
  store: Pick<AuditStore, 'append'>;
  org: { id: string; name: string };
  now: () => number;
}): SessionIdentity {
  const { sessions, cookies, store, org, now } = options;
  const clear = cookieHeader(cookies.session, '', { secure: cookies.secure, maxAgeSeconds: 0 });
  // one look per request, though a route may ask who it is more than once
  const looked = new WeakMap<Request, Promise<Identity>>();
  const live = new WeakMap<Request, StoredSession>();

  async function look(request: Request): Promise<Identity> {
    const token = cookieOf(request, cookies.session);
    if (!token) throw new ApiProblem(signInRequired('Sign in to use the audit console.'));
    const found = await sessions.resolve(token);
    if (found.state === 'unknown')
      throw new ApiProblem(signInRequired('This session is not known to the server. Sign in again.', clear));
    if (found.state === 'ended') {
      if (found.justNow)
        await auditSession(
          store,
          {
            event: 'session_expired',
            user: { id: found.session.userId, email: found.session.email },
            session: sessionRef(found.session.idHash),
            status: 'success',
            summary: `Session of ${found.session.email || found.session.userId} ended (${found.reason === 'idle' ? 'idle' : 'time limit'})`,
            detail: { reason: found.reason },
          },
          now(),
        );
      throw new ApiProblem(signInRequired(REASONS[found.reason], clear));
    }
    const { session } = found;
    live.set(request, session);
    return {
      user: { id: session.userId, name: session.name, email: session.email },
      org: { ...org },
      role: session.role,
      permissions: permissionsOf(session.role),
    };
  }

  return {
    identity(request) {
      let pending = looked.get(request);
      if (!pending) {
        pending = look(request);
        looked.set(request, pending);
      }
      return pending;
    },
    sessionOf: (request) => live.get(request),
  };
}
