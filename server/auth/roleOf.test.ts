import { describe, expect, it } from 'vitest';
import { claimValues, refusalOf, roleOf } from './roleOf';
import type { RoleRules } from './settings';

const RULES: RoleRules = {
  roleClaim: 'groups',
  ownerGroups: ['audit-owners'],
  auditorGroups: ['auditors', 'security'],
  allowedDomains: [],
  allowedGroups: [],
};

describe('claims to roles', () => {
  it('makes owners of owner groups, auditors of auditor groups, members of anyone else', () => {
    expect(roleOf({ groups: ['staff', 'audit-owners', 'auditors'] }, RULES)).toBe('owner');
    expect(roleOf({ groups: ['security'] }, RULES)).toBe('auditor');
    expect(roleOf({ groups: ['staff'] }, RULES)).toBe('member');
    expect(roleOf({}, RULES)).toBe('member');
    // a group name is compared exactly: no prefix or case folding grants a role
    expect(roleOf({ groups: ['Audit-Owners', 'audit-owners-2'] }, RULES)).toBe('member');
  });

  it('reads a nested claim, a single string and a space-separated string', () => {
    const keycloak = { ...RULES, roleClaim: 'realm_access.roles' };
    expect(roleOf({ realm_access: { roles: ['auditors'] } }, keycloak)).toBe('auditor');
    expect(claimValues({ groups: 'audit-owners' }, 'groups')).toEqual(['audit-owners']);
    expect(claimValues({ roles: 'a b,c' }, 'roles')).toEqual(['a', 'b', 'c']);
    expect(claimValues({ groups: [1, 'x', null] }, 'groups')).toEqual(['x']);
    expect(claimValues({ realm_access: 'x' }, 'realm_access.roles')).toEqual([]);
  });

  it('admits only the allowed domains (verified) and groups, when they are set', () => {
    const domains = { ...RULES, allowedDomains: ['example.com'] };
    expect(refusalOf({ email: 'Olivia@Example.com' }, domains)).toBeNull();
    expect(refusalOf({ email: 'eve@example.com.evil.test' }, domains)).toMatch(/not allowed/);
    expect(refusalOf({ email: 'eve@example.com', email_verified: false }, domains)).toMatch(/not verified/);
    expect(refusalOf({}, domains)).toMatch(/no email/);
    const groups = { ...RULES, allowedGroups: ['staff'] };
    expect(refusalOf({ groups: ['staff'] }, groups)).toBeNull();
    expect(refusalOf({ groups: ['contractors'] }, groups)).toMatch(/no group/);
    expect(refusalOf({ email: 'x@any.test' }, RULES)).toBeNull();
  });
});
