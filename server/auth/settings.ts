/** How the server knows who sends a request: read from the environment (server/node/authConfig.ts). */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** where the provider sends the browser back: this server's /auth/callback */
  redirectUrl: URL;
  rules: RoleRules;
}

/** Which claim names a user's groups, which groups make an owner or an auditor, and who may sign in at all. */
export interface RoleRules {
  /** a claim of the ID token; dotted for a nested one (Keycloak's `realm_access.roles`) */
  roleClaim: string;
  ownerGroups: readonly string[];
  auditorGroups: readonly string[];
  /** empty: any email domain */
  allowedDomains: readonly string[];
  /** empty: any group (or none) */
  allowedGroups: readonly string[];
}

export interface SessionLimits {
  /** a session unused this long ends */
  idleMs: number;
  /** a session ends this long after sign-in, used or not */
  maxMs: number;
}

export type AuthSettings =
  | {
      mode: 'oidc';
      oidc: OidcSettings;
      sessions: SessionLimits;
      /** this server's origin as browsers see it: cookies' Secure flag and the CSRF check follow it */
      publicOrigin: string;
    }
  /** sign-in is not set up: every API call is a 401 naming what is missing */
  | { mode: 'unconfigured'; missing: readonly string[] }
  /** `--demo` without a provider: every request is the local operator, an owner */
  | { mode: 'demo' };
