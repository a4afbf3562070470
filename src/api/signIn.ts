/** A 401 of a request without a live session: the console offers "Sign in again". */
export const SIGN_IN_REQUIRED = 'urn:audit-console:sign-in-required';
/** A 401 of a server whose sign-in is not set up: signing in cannot help, the detail names the settings. */
export const SIGN_IN_NOT_CONFIGURED = 'urn:audit-console:sign-in-not-configured';

/** The user of a server in demo mode without a provider: nobody signed in, so nobody signs out. */
export const LOCAL_OPERATOR_ID = 'local-operator';

/** Ends the session (POST, same origin); the answer names where to go next (the provider's logout). */
export const SIGN_OUT_PATH = '/auth/logout';

/**
 * Where a sign-in may return to: a path on this origin, never another site. `//evil.example`
 * and `/\evil.example` are read by browsers as another host, so only a single `/` followed by
 * something else is accepted; anything else returns to the console's home.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2048) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // control characters (a tab or newline inside `/\t/evil`) are dropped by URL parsers
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return '/';
  // a path the URL parser would move to another origin is refused whatever trick it holds
  const base = 'http://console.invalid';
  try {
    const url = new URL(value, base);
    if (url.origin !== base) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** The sign-in page's address, coming back to `returnTo` (a path + query on this origin). */
export function signInUrl(returnTo: string): string {
  return `/auth/login?${new URLSearchParams({ return: safeReturnPath(returnTo) }).toString()}`;
}
