import { HttpResponse, http } from 'msw';
import { READ_AUDIT_LOGS, type Me, type Role } from '../../src/api/schemas/me';
import { MANAGE_AUDIT_SETTINGS } from '../../src/api/permissions';
import { applyFaults } from '../faults';
import { getMockSettings } from '../settings';
import { DEMO_USER as SIGNED_IN, DEMO_ORG } from '../identity';

const PERMISSIONS: Record<Role, string[]> = {
  owner: [READ_AUDIT_LOGS, MANAGE_AUDIT_SETTINGS],
  auditor: [READ_AUDIT_LOGS],
  member: [],
};

export function currentRole(): Role {
  return getMockSettings().role ?? 'owner';
}

export function can(permission: string): boolean {
  return PERMISSIONS[currentRole()].includes(permission);
}

export const meHandlers = [
  http.get('*/api/v1/me', async ({ request }) => {
    const fault = await applyFaults(request);
    if (fault) return fault;
    const role = currentRole();
    const me: Me = {
      user: SIGNED_IN,
      org: DEMO_ORG,
      role,
      permissions: PERMISSIONS[role],
    };
    return HttpResponse.json(me);
  }),
];
