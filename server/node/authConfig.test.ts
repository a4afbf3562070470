import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config';

const PROVIDER = {
  OIDC_ISSUER: 'https://login.example.com/realms/acme',
  OIDC_CLIENT_ID: 'audit-console',
  OIDC_CLIENT_SECRET: 'very-secret-value',
  PUBLIC_URL: 'https://audit.example.com',
  OIDC_OWNER_GROUPS: 'audit-owners, security',
  OIDC_AUDITOR_GROUPS: 'auditors',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    readConfig(env, []);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the sign-in configuration', () => {
  it('reads a provider, with the callback on PUBLIC_URL and the default limits', () => {
    const { auth } = readConfig({ ...PROVIDER, OIDC_ALLOWED_DOMAINS: 'Example.com' }, []);
    expect(auth.mode).toBe('oidc');
    if (auth.mode !== 'oidc') return;
    expect(auth.publicOrigin).toBe('https://audit.example.com');
    expect(auth.oidc.redirectUrl.href).toBe('https://audit.example.com/auth/callback');
    expect(auth.oidc.rules).toEqual({
      roleClaim: 'groups',
      ownerGroups: ['audit-owners', 'security'],
      auditorGroups: ['auditors'],
      allowedDomains: ['example.com'],
      allowedGroups: [],
    });
    expect(auth.sessions).toEqual({ idleMs: 60 * 60_000, maxMs: 12 * 3_600_000 });
  });

  it('keeps the local operator only in demo mode, and names what is missing otherwise', () => {
    expect(readConfig({}, ['--demo']).auth).toEqual({ mode: 'demo' });
    expect(readConfig({ OIDC_ISSUER: PROVIDER.OIDC_ISSUER }, ['--demo']).auth).toEqual({
      mode: 'unconfigured',
      missing: ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'],
    });
  });

  it('refuses plain http beyond this machine, and never repeats the client secret', () => {
    expect(problemsOf({ ...PROVIDER, OIDC_ISSUER: 'http://login.example.com' })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER must be an https:\/\/ URL/),
    ]);
    expect(readConfig({ ...PROVIDER, OIDC_ISSUER: 'http://127.0.0.1:9000' }, []).auth.mode).toBe('oidc');
    const problems = problemsOf({ ...PROVIDER, SESSION_IDLE_MINUTES: 'ten', OIDC_CLIENT_SECRET: 'x' });
    expect(problems).toEqual(['SESSION_IDLE_MINUTES must be a whole number from 1 to 10080 (got "ten")']);
    expect(
      problemsOf({
        ...PROVIDER,
        OIDC_OWNER_GROUPS: '',
        OIDC_AUDITOR_GROUPS: '',
        OIDC_CLIENT_SECRET: 's3cr3t',
      }).join(),
    ).not.toContain('s3cr3t');
  });

  it('wants at least one group that reads audit logs', () => {
    expect(problemsOf({ ...PROVIDER, OIDC_OWNER_GROUPS: '', OIDC_AUDITOR_GROUPS: '' })).toEqual([
      expect.stringMatching(/^OIDC_OWNER_GROUPS or OIDC_AUDITOR_GROUPS must name a group/),
    ]);
  });
});
