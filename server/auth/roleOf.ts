import type { Role } from '../../src/api/schemas/me';
import type { RoleRules } from './settings';

export type Claims = Readonly<Record<string, unknown>>;

/** The strings a claim holds: a list, one string, or (some providers) one space- or comma-separated string. */
export function claimValues(claims: Claims, name: string): string[] {
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[part];
  }
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

const meets = (groups: readonly string[], wanted: readonly string[]): boolean =>
  groups.some((g) => wanted.includes(g));

/** Owner beats auditor; anyone else who may sign in is a member and reads nothing. */
export function roleOf(claims: Claims, rules: RoleRules): Role {
  const groups = claimValues(claims, rules.roleClaim);
  if (meets(groups, rules.ownerGroups)) return 'owner';
  if (meets(groups, rules.auditorGroups)) return 'auditor';
  return 'member';
}

/** Why this user may not sign in at all, or null when they may. Each list that is set must be met. */
export function refusalOf(claims: Claims, rules: RoleRules): string | null {
  if (rules.allowedDomains.length > 0) {
    const email = typeof claims.email === 'string' ? claims.email.toLowerCase() : '';
    const domain = email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '';
    if (!rules.allowedDomains.includes(domain))
      return domain ? `the email domain "${domain}" is not allowed` : 'the provider sent no email address';
    // an unverified address proves nothing about the domain
    if (claims.email_verified === false) return 'the provider has not verified the email address';
  }
  if (rules.allowedGroups.length > 0 && !meets(claimValues(claims, rules.roleClaim), rules.allowedGroups))
    return `no group in the "${rules.roleClaim}" claim is allowed`;
  return null;
}
