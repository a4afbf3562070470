import { HttpResponse, http } from 'msw';
import { READ_AUDIT_LOGS, type Me, type Role } from '../../src/api/schemas/me';
import { MANAGE_AUDIT_SETTINGS } from '../../src/api/permissions';
import { applyFaults } from '../faults';
import { getMockSettings } from '../settings';
import { SIGNED_IN } from '../../server/engine/identity';

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
      org: { id: '5kX8JJdQ3CzY7wPq2m', name: 'Dunmore Energy' },
      role,
      permissions: PERMISSIONS[role],
    };
    return HttpResponse.json(me);
  }),
];
