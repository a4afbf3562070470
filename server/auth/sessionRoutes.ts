import { Hono } from 'hono';
import { MANAGE_AUDIT_SETTINGS } from '../../src/api/permissions';
import {
  SESSION_HANDLE,
  SESSIONS_PATH,
  type SessionList,
  type SessionSummary,
} from '../../src/api/schemas/sessions';
import { ApiProblem, problem } from '../api/problem';
import type { AuditStore } from '../engine/types';
import { auditSession, sessionRef } from './auditSessions';
import { cookieHeader, type CookieNames } from './cookies';
import type { SessionIdentity } from './sessionIdentity';
import type { StoredSession } from './sessionStore';
import type { Sessions } from './sessions';

/** API routes only a server with sign-in has: the host asks them first (createHost.ts). */
export interface ServerApi {
  owns(path: string): boolean;
  fetch(request: Request): Promise<Response>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function summaryOf(s: StoredSession, current: StoredSession | undefined): SessionSummary {
  return {
    handle: sessionRef(s.idHash),
    userId: s.userId,
    name: s.name,
    email: s.email,
    role: s.role,
    createdAt: iso(s.createdMs),
    lastSeenAt: iso(s.lastSeenMs),
    expiresAt: iso(s.expiresMs),
    current: current?.idHash === s.idHash,
  };
}

/**
 * GET /api/v1/sessions and DELETE /api/v1/sessions/{handle}: an owner sees who is signed in
 * and ends a session. Outside createApi, as the demo (which has no sign-in) shares that API.
 */
export function sessionRoutes(o: {
  sessions: Sessions;
  who: SessionIdentity;
  cookies: CookieNames;
  store: Pick<AuditStore, 'append'>;
  now: () => number;
}): ServerApi {
  const base = `/api/v1${SESSIONS_PATH}`;
  const ownerOnly = async (request: Request, doing: string): Promise<Response | StoredSession> => {
    const identity = await o.who.identity(request);
    // sessions show who works when and from which account: an owner's business, like ingest tokens
    if (!identity.permissions.includes(MANAGE_AUDIT_SETTINGS))
      return problem(403, `${doing} needs the "${MANAGE_AUDIT_SETTINGS}" permission.`);
    const current = o.who.sessionOf(request);
    if (!current) throw new Error('an identity without a session');
    return current;
  };

  const app = new Hono()
    .get(base, async (c) => {
      const current = await ownerOnly(c.req.raw, 'Listing sessions');
      if (current instanceof Response) return current;
      const body: SessionList = { items: (await o.sessions.live()).map((s) => summaryOf(s, current)) };
      return Response.json(body);
    })
    .delete(`${base}/:handle`, async (c) => {
      const current = await ownerOnly(c.req.raw, 'Ending a session');
      if (current instanceof Response) return current;
      const handle = c.req.param('handle');
      const ended = SESSION_HANDLE.test(handle) ? await o.sessions.revoke(handle) : null;
      if (!ended) return problem(404, `There is no session in use with the handle "${handle}".`);
      const self = ended.idHash === current.idHash;
      await auditSession(
        o.store,
        {
          event: 'session_ended',
          user: { id: current.userId, email: current.email || null },
          session: handle,
          status: 'success',
          summary: self
            ? `${current.email || current.userId} ended their own session`
            : `${current.email || current.userId} ended the session of ${ended.email || ended.userId}`,
          detail: { user_id: ended.userId, email: ended.email || null, role: ended.role },
        },
        o.now(),
      );
      const headers = new Headers();
      // ending your own session is signing out: the cookie goes too
      if (self)
        headers.set(
          'Set-Cookie',
          cookieHeader(o.cookies.session, '', { secure: o.cookies.secure, maxAgeSeconds: 0 }),
        );
      return new Response(null, { status: 204, headers });
    });
  app.notFound((c) => problem(404, `This API has no ${c.req.method} ${c.req.path}.`));
  app.onError((error) => {
    if (error instanceof ApiProblem) return error.response;
    throw error;
  });

  return {
    owns: (path) => path === base || path.startsWith(`${base}/`),
    fetch: async (request) => app.fetch(request),
  };
}
