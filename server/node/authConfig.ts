import { z } from 'zod';
import type { AuthSettings } from '../auth/settings';

/** The sign-in's settings, and what each means: part of the text of a usage error. */
export const AUTH_SETTINGS = {
  OIDC_ISSUER: "the OpenID provider's issuer URL (https://…; http only on this machine)",
  OIDC_CLIENT_ID: 'the client id this server has at the provider',
  OIDC_CLIENT_SECRET: "the client's secret (never shown)",
  PUBLIC_URL:
    'this server as browsers reach it, e.g. https://audit.example.com (cookies and the CSRF check follow it)',
  OIDC_REDIRECT_URL: 'the redirect URL registered at the provider (default PUBLIC_URL/auth/callback)',
  OIDC_ALLOWED_DOMAINS: 'comma-separated email domains that may sign in (default: any)',
  OIDC_ALLOWED_GROUPS: 'comma-separated groups (in OIDC_ROLE_CLAIM) that may sign in (default: any)',
  OIDC_ROLE_CLAIM: 'the ID token claim holding groups or roles (default groups; dotted for nested)',
  OIDC_OWNER_GROUPS: 'comma-separated groups whose members are owners',
  OIDC_AUDITOR_GROUPS: 'comma-separated groups whose members are auditors (read audit logs)',
  SESSION_IDLE_MINUTES: 'a session unused this long ends (default 60)',
  SESSION_MAX_HOURS: 'a session ends this long after sign-in (default 12)',
} as const;

export type AuthSetting = keyof typeof AUTH_SETTINGS;

/** Settings whose values are never repeated in an error. */
export const SECRET_AUTH_SETTINGS: readonly AuthSetting[] = ['OIDC_CLIENT_SECRET'];

const isLoopbackHost = (host: string) =>
  host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** https, or http to this machine (a test's provider, a console opened on 127.0.0.1) */
const webUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    } catch {
      return false;
    }
  }, 'must be an https:// URL (http:// only for localhost or 127.0.0.1)')
  .transform((value) => new URL(value));

const list = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

const whole = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be a whole number from ${min} to ${max}`)
    .default(fallback);

const schema = z.object({
  OIDC_ISSUER: webUrl.optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  PUBLIC_URL: webUrl.optional(),
  OIDC_REDIRECT_URL: webUrl.optional(),
  OIDC_ALLOWED_DOMAINS: list.transform((items) => items.map((d) => d.toLowerCase())).default([]),
  OIDC_ALLOWED_GROUPS: list.default([]),
  OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[\w:.-]+$/, 'must be a claim name, e.g. groups or realm_access.roles')
    .default('groups'),
  OIDC_OWNER_GROUPS: list.default([]),
  OIDC_AUDITOR_GROUPS: list.default([]),
  SESSION_IDLE_MINUTES: whole(1, 7 * 24 * 60, 60),
  SESSION_MAX_HOURS: whole(1, 30 * 24, 12),
});

/**
 * How requests are told apart. All of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and
 * PUBLIC_URL (or OIDC_REDIRECT_URL): sign-in through that provider. None of them: the local
 * operator under --demo, otherwise a server that answers every API call with a 401 naming
 * what to set (it still starts, so that the operator sees why). Some but not all: the same
 * 401, naming the ones missing. A value that is there but wrong is a problem: exit at start.
 */
export function readAuthConfig(
  given: Partial<Record<AuthSetting, string>>,
  demo: boolean,
): { auth: AuthSettings; problems: string[] } {
  const parsed = schema.safeParse(given);
  if (!parsed.success)
    return {
      auth: { mode: 'unconfigured', missing: [] },
      problems: parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]) as AuthSetting;
        const shown = SECRET_AUTH_SETTINGS.includes(name) ? '' : ` (got "${given[name] ?? ''}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    };
  const s = parsed.data;
  const problems: string[] = [];
  const missing: string[] = [];
  if (!s.OIDC_ISSUER) missing.push('OIDC_ISSUER');
  if (!s.OIDC_CLIENT_ID) missing.push('OIDC_CLIENT_ID');
  if (!s.OIDC_CLIENT_SECRET) missing.push('OIDC_CLIENT_SECRET');
  if (!s.PUBLIC_URL && !s.OIDC_REDIRECT_URL) missing.push('PUBLIC_URL');
  if (s.PUBLIC_URL && s.PUBLIC_URL.pathname !== '/')
    problems.push('PUBLIC_URL must be an origin without a path (the console is served at /)');

  const anySet = Boolean(s.OIDC_ISSUER || s.OIDC_CLIENT_ID || s.OIDC_CLIENT_SECRET);
  if (!anySet && demo) return { auth: { mode: 'demo' }, problems };
  if (!s.OIDC_ISSUER || !s.OIDC_CLIENT_ID || !s.OIDC_CLIENT_SECRET || missing.length > 0)
    return { auth: { mode: 'unconfigured', missing }, problems };

  const publicOrigin = (s.PUBLIC_URL ?? s.OIDC_REDIRECT_URL ?? s.OIDC_ISSUER).origin;
  const redirectUrl = s.OIDC_REDIRECT_URL ?? new URL('/auth/callback', publicOrigin);
  if (redirectUrl.origin !== publicOrigin)
    problems.push(
      `OIDC_REDIRECT_URL must be on PUBLIC_URL's origin (${publicOrigin}): the session cookie is set there`,
    );
  if (s.OIDC_OWNER_GROUPS.length === 0 && s.OIDC_AUDITOR_GROUPS.length === 0)
    problems.push(
      'OIDC_OWNER_GROUPS or OIDC_AUDITOR_GROUPS must name a group: otherwise everyone signs in as a member and reads nothing',
    );
  if (s.SESSION_IDLE_MINUTES > s.SESSION_MAX_HOURS * 60)
    problems.push('SESSION_IDLE_MINUTES must not be longer than SESSION_MAX_HOURS');

  return {
    auth: {
      mode: 'oidc',
      publicOrigin,
      oidc: {
        issuer: s.OIDC_ISSUER,
        clientId: s.OIDC_CLIENT_ID,
        clientSecret: s.OIDC_CLIENT_SECRET,
        redirectUrl,
        rules: {
          roleClaim: s.OIDC_ROLE_CLAIM,
          ownerGroups: s.OIDC_OWNER_GROUPS,
          auditorGroups: s.OIDC_AUDITOR_GROUPS,
          allowedDomains: s.OIDC_ALLOWED_DOMAINS,
          allowedGroups: s.OIDC_ALLOWED_GROUPS,
        },
      },
      sessions: { idleMs: s.SESSION_IDLE_MINUTES * 60_000, maxMs: s.SESSION_MAX_HOURS * 3_600_000 },
    },
    problems,
  };
}
