import { Hono } from 'hono';
import { safeReturnPath, signInUrl } from '../../src/api/signIn';
import type { AuditStore } from '../engine/types';
import { auditSession, sessionRef } from './auditSessions';
import { cookieHeader, cookieOf, type CookieNames } from './cookies';
import { describeFailure, type OidcClient } from './oidc';
import { claimValues, refusalOf, roleOf, type Claims } from './roleOf';
import type { Sessions } from './sessions';
import type { OidcSettings } from './settings';
import { SIGN_IN_MS, type SignInSealer } from './signInState';
import { signInPage } from './signInPage';
import { recordSignInStage } from './signInStage';

export interface AuthRouteOptions {
  oidc: OidcClient;
  settings: OidcSettings;
  sessions: Sessions;
  sealer: SignInSealer;
  cookies: CookieNames;
  publicOrigin: string;
  store: Pick<AuditStore, 'append'>;
  now: () => number;
  onError: (error: unknown, doing: string) => void;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

function userOf(claims: Claims) {
  const id = text(claims.sub) ?? 'unknown';
  const email = text(claims.email) ?? '';
  const name = text(claims.name) ?? text(claims.preferred_username) ?? (email || id);
  return { id, email, name };
}

/**
 * The sign-in's own routes, outside the API's contract: the browser navigates to them.
 * GET /auth/login?return=<path> → the provider → GET /auth/callback → back to <path>;
 * POST /auth/logout ends the session here, then at the provider when it can.
 */
export function authRoutes(o: AuthRouteOptions): Hono {
  const { cookies } = o;
  const setSession = (token: string) =>
    cookieHeader(cookies.session, token, {
      secure: cookies.secure,
      maxAgeSeconds: Math.floor(o.sessions.limits.maxMs / 1000),
    });
  const clearSession = cookieHeader(cookies.session, '', { secure: cookies.secure, maxAgeSeconds: 0 });
  const clearSignIn = cookieHeader(cookies.signIn, '', { secure: cookies.secure, maxAgeSeconds: 0 });

  const failed = async (
    request: Request,
    status: number,
    why: string,
    returnTo: string,
    user: { id: string; email: string | null } | null,
    detail: Record<string, string | null>,
  ): Promise<Response> => {
    await recordSignInStage(
      o.store,
      o.settings,
      {
        event: status === 403 ? 'access_denied' : 'failure',
        user,
        session: null,
        userAgent: request.headers.get('User-Agent'),
      },
      o.now(),
    );
    await auditSession(
      o.store,
      {
        event: 'sign_in_failed',
        user,
        session: null,
        status: 'failed',
        summary: `Sign-in failed: ${why}`,
        detail: { reason: why, ...detail },
      },
      o.now(),
    );
    const page = signInPage(status, 'Sign-in failed', `The sign-in did not succeed: ${why}.`, {
      href: signInUrl(returnTo),
      text: 'Try again',
    });
    page.headers.append('Set-Cookie', clearSignIn);
    return page;
  };

  return new Hono()
    .get('/auth/login', async (c) => {
      const returnTo = safeReturnPath(c.req.query('return'));
      let begun;
      try {
        begun = await o.oidc.begin();
      } catch (error) {
        o.onError(error, 'discovering the identity provider');
        return signInPage(
          502,
          'Sign-in unavailable',
          'The identity provider could not be reached. Try again in a moment.',
          {
            href: signInUrl(returnTo),
            text: 'Try again',
          },
        );
      }
      const sealed = o.sealer.seal({
        verifier: begun.verifier,
        state: begun.state,
        nonce: begun.nonce,
        returnTo,
        expiresMs: o.now() + SIGN_IN_MS,
      });
      return new Response(null, {
        status: 302,
        headers: {
          Location: begun.url.href,
          'Set-Cookie': cookieHeader(cookies.signIn, sealed, {
            secure: cookies.secure,
            maxAgeSeconds: SIGN_IN_MS / 1000,
          }),
          'Cache-Control': 'no-store',
        },
      });
    })
    .get('/auth/callback', async (c) => {
      const sealed = cookieOf(c.req.raw, cookies.signIn);
      const pending = sealed ? o.sealer.open(sealed, o.now()) : null;
      // no audit: anyone can open this URL, and nothing was attempted
      if (!pending)
        return signInPage(
          400,
          'Sign-in expired',
          'This sign-in was not started here or took too long. Start it again.',
          {
            href: signInUrl('/'),
            text: 'Sign in',
          },
        );
      const query = new URL(c.req.url).searchParams;
      const providerError = query.get('error');
      if (providerError)
        return failed(
          c.req.raw,
          401,
          `the identity provider answered "${providerError}"`,
          pending.returnTo,
          null,
          {
            error: providerError,
            error_description: query.get('error_description'),
          },
        );
      // the provider redirected to the configured URL: check against that, not what a proxy made of it
      const callback = new URL(o.settings.redirectUrl);
      callback.search = query.toString();
      let claims: Claims;
      try {
        claims = await o.oidc.finish(callback, pending);
      } catch (error) {
        return failed(c.req.raw, 401, describeFailure(error), pending.returnTo, null, {
          error: 'code_exchange_failed',
        });
      }
      const user = userOf(claims);
      const refused = refusalOf(claims, o.settings.rules);
      if (refused)
        return failed(
          c.req.raw,
          403,
          refused,
          pending.returnTo,
          { id: user.id, email: user.email || null },
          { error: 'not_allowed' },
        );

      const role = roleOf(claims, o.settings.rules);
      const groups = claimValues(claims, o.settings.rules.roleClaim);
      const { token, session } = await o.sessions.open({
        userId: user.id,
        name: user.name,
        email: user.email,
        role,
        groups,
      });
      await recordSignInStage(
        o.store,
        o.settings,
        {
          event: 'success',
          user: { id: user.id, email: user.email || null },
          session: sessionRef(session.idHash),
          userAgent: c.req.header('User-Agent') ?? null,
        },
        o.now(),
      );
      await auditSession(
        o.store,
        {
          event: 'sign_in',
          user: { id: user.id, email: user.email || null },
          session: sessionRef(session.idHash),
          status: 'success',
          summary: `${user.email || user.id} signed in as ${role}`,
          detail: { role, groups, issuer: o.settings.issuer.href },
        },
        o.now(),
      );
      const headers = new Headers({ Location: pending.returnTo, 'Cache-Control': 'no-store' });
      headers.append('Set-Cookie', setSession(token));
      headers.append('Set-Cookie', clearSignIn);
      return new Response(null, { status: 302, headers });
    })
    .post('/auth/logout', async (c) => {
      const token = cookieOf(c.req.raw, cookies.session);
      const ended = token ? await o.sessions.end(token) : null;
      if (ended)
        await auditSession(
          o.store,
          {
            event: 'sign_out',
            user: { id: ended.userId, email: ended.email || null },
            session: sessionRef(ended.idHash),
            status: 'success',
            summary: `${ended.email || ended.userId} signed out`,
            detail: {},
          },
          o.now(),
        );
      let next = '/';
      try {
        next = (await o.oidc.endSessionUrl(new URL('/', o.publicOrigin)))?.href ?? '/';
      } catch (error) {
        // signed out here all the same; the provider's session is its own to end
        o.onError(error, 'finding the provider’s end_session_endpoint');
      }
      const headers = new Headers({ 'Cache-Control': 'no-store' });
      headers.append('Set-Cookie', clearSession);
      // the console signs out with fetch, and then goes on itself: a form's redirect to the
      // provider would be another origin, which the CSP's form-action 'self' forbids
      if (c.req.header('Accept')?.includes('application/json')) return Response.json({ next }, { headers });
      headers.set('Location', next);
      return new Response(null, { status: 303, headers });
    });
}
