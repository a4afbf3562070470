/**
 * The cookies the browser holds: the session's id, and a sign-in in progress. HttpOnly (no
 * script reads them), SameSite=Lax (sent on the provider's redirect back, a top-level GET, but
 * not on another site's POST), Path=/; Secure with the `__Host-` prefix when the server's
 * public origin is https, which also pins them to this host.
 */
export interface CookieNames {
  session: string;
  signIn: string;
  secure: boolean;
}

export function cookieNames(publicOrigin: string): CookieNames {
  const secure = new URL(publicOrigin).protocol === 'https:';
  const prefix = secure ? '__Host-' : '';
  return { session: `${prefix}session`, signIn: `${prefix}signin`, secure };
}

/** A Set-Cookie value; maxAgeSeconds 0 removes the cookie. */
export function cookieHeader(
  name: string,
  value: string,
  { secure, maxAgeSeconds }: { secure: boolean; maxAgeSeconds?: number },
): string {
  const parts = [`${name}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (secure) parts.push('Secure');
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join('; ');
}

/** One cookie of a request's Cookie header. */
export function cookieOf(request: Request, name: string): string | null {
  const header = request.headers.get('Cookie');
  if (!header) return null;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return null;
}
