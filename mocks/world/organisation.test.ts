import { describe, expect, it } from 'vitest';
import { createOrganisation } from './organisation';

describe('createOrganisation', () => {
  const org = createOrganisation(20261124);

  it('is deterministic', () => {
    expect(JSON.stringify(createOrganisation(20261124))).toBe(JSON.stringify(org));
    expect(JSON.stringify(createOrganisation(1))).not.toBe(JSON.stringify(org));
  });

  it('has about sixty people and six service accounts with unique ids and addresses', () => {
    expect(org.users.length).toBeGreaterThanOrEqual(55);
    expect(org.serviceAccounts).toHaveLength(6);
    const principals = [...org.users, ...org.serviceAccounts];
    expect(new Set(principals.map((p) => p.id)).size).toBe(principals.length);
    expect(new Set(principals.map((p) => p.email)).size).toBe(principals.length);
    for (const p of principals) expect(p.id).toMatch(/^[0-9A-Za-z]{22}$/);
  });

  it('includes non-ASCII and right-to-left names', () => {
    const names = org.users.map((u) => u.name);
    expect(names).toEqual(
      expect.arrayContaining(['José Álvarez', 'Zoë Müller', 'Łukasz Nowak', '陈伟', 'سارة أحمد']),
    );
  });

  it('gives every person a reachable address, a sign-in method and some applications', () => {
    for (const u of org.users) {
      expect(u.homeIps.length).toBeGreaterThan(0);
      expect(u.applications.length).toBeGreaterThan(0);
      expect(u.typoEmail).not.toBe(u.email);
      expect(org.identityProviders).toContain(u.idp);
    }
    expect(org.users.some((u) => !u.idp.federated)).toBe(true);
    expect(org.users.some((u) => u.upstreamUserId === null && u.idp.federated)).toBe(true);
  });

  it('keeps its hostile probe values', () => {
    expect(org.probes.longUserAgent).toHaveLength(10_000);
    expect(org.probes.htmlUserAgent).toContain('<script>');
  });
});
