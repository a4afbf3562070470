import type { Problem } from '../../src/api/schemas/common';
import { SIGN_IN_NOT_CONFIGURED, SIGN_IN_REQUIRED } from '../../src/api/signIn';

/** problem() answers `about:blank`; these name which 401 it is, so the console need not read prose. */
function unauthorized(type: string, detail: string, headers: Record<string, string> = {}): Response {
  const body: Problem = { type, title: 'Unauthorized', status: 401, detail };
  return Response.json(body, {
    status: 401,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A 401 the console answers with "Sign in again"; `clearCookie` removes a dead session's cookie. */
export function signInRequired(detail: string, clearCookie?: string): Response {
  return unauthorized(SIGN_IN_REQUIRED, detail, clearCookie ? { 'Set-Cookie': clearCookie } : {});
}

/** A 401 that signing in cannot cure: the server has no provider to send anyone to. */
export function signInNotConfigured(missing: readonly string[]): Response {
  return unauthorized(SIGN_IN_NOT_CONFIGURED, notConfigured(missing));
}

export function notConfigured(missing: readonly string[]): string {
  const what = missing.length > 0 ? `set ${missing.join(', ')}` : 'set its OIDC_ settings';
  return `Sign-in is not set up on this server: ${what} (see README, "Sign-in"), or start it with --demo to try it without sign-in.`;
}
