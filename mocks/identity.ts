import type { Identity } from '../server/api/identity';
import { permissionsOf } from '../server/api/roles';
import { getMockSettings } from './settings';

/**
 * Who the demo says is signed in: the API's identity (GET /me), the author of the demo's saved
 * searches and the user its audit trail names. One definition keeps them the same person.
 */
export const DEMO_USER = {
  id: 'u-owner-0001',
  name: 'Aoife Brennan',
  email: 'aoife.brennan@dunmore-energy.com',
};

export const DEMO_ORG = { id: '5kX8JJdQ3CzY7wPq2m', name: 'Dunmore Energy' };

/** The demo's identity for every request: its user, in the role the Role switcher chose. */
export async function demoIdentity(): Promise<Identity> {
  const role = getMockSettings().role ?? 'owner';
  return { user: DEMO_USER, org: DEMO_ORG, role, permissions: permissionsOf(role) };
}
