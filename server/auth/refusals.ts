import type { MiddlewareHandler } from 'hono';
import { problem } from '../api/problem';
import type { AuditStore } from '../engine/types';
import { auditSession, sessionRef } from './auditSessions';
import { cookieOf, type CookieNames } from './cookies';
import { crossSiteRefusal } from './csrf';
import type { StoredSession } from './sessionStore';
import { hashOf } from './sessions';

/** One record per session, method and path this often: a member's page polling a 403 is one story. */
const ONCE_PER_MS = 60_000;

export interface Refusals {
  /** before the API and /auth/logout: refuses a state-changing request another site may have forged */
  csrf: MiddlewareHandler;
  /** after the API: a 403 it answered to a session becomes an Activity record */
  audit(request: Request, response: Response, session: StoredSession | undefined): Promise<void>;
}

export function refusals(options: {
  publicOrigin: string;
  cookies: CookieNames;
  store: Pick<AuditStore, 'append'>;
  now: () => number;
}): Refusals {
  const { publicOrigin, cookies, store, now } = options;
  const last = new Map<string, number>();
  const due = (key: string, at: number): boolean => {
    if (at - (last.get(key) ?? -Infinity) < ONCE_PER_MS) return false;
    // forget the old ones now and then, so the map stays the size of a minute's refusals
    if (last.size > 10_000) for (const [k, t] of last) if (at - t >= ONCE_PER_MS) last.delete(k);
    last.set(key, at);
    return true;
  };

  return {
    csrf: async (c, next) => {
      const token = cookieOf(c.req.raw, cookies.session);
      const refusal = crossSiteRefusal(c.req.raw, publicOrigin, token !== null);
      if (!refusal || token === null) return next();
      const ref = sessionRef(hashOf(token));
      const at = now();
      if (due(`csrf ${ref}`, at))
        await auditSession(
          store,
          {
            event: 'request_refused',
            user: null,
            session: ref,
            status: 'failed',
            summary: `Refused ${c.req.method} ${c.req.path}: not from this origin`,
            detail: {
              method: c.req.method,
              path: c.req.path,
              origin: c.req.header('Origin') ?? null,
              reason: 'csrf',
            },
          },
          at,
        );
      return problem(403, refusal);
    },
    async audit(request, response, session) {
      if (response.status !== 403 || !session) return;
      const { pathname } = new URL(request.url);
      const at = now();
      if (!due(`${session.idHash} ${request.method} ${pathname}`, at)) return;
      const detail = await response
        .clone()
        .json()
        .then((body: { detail?: unknown }) => (typeof body.detail === 'string' ? body.detail : null))
        .catch(() => null);
      await auditSession(
        store,
        {
          event: 'request_refused',
          user: { id: session.userId, email: session.email || null },
          session: sessionRef(session.idHash),
          status: 'failed',
          summary: `Refused ${request.method} ${pathname} to ${session.role} ${session.email || session.userId}`,
          detail: { method: request.method, path: pathname, role: session.role, reason: detail },
        },
        at,
      );
    },
  };
}
