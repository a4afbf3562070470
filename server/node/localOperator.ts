import type { Identity } from '../api/identity';
import { permissionsOf } from '../api/roles';

/**
 * Who every request is until the server has sign-in: one local owner. That is why the server
 * listens on loopback by default: whoever can reach the port may read and change everything.
 */
export const LOCAL_OPERATOR: Identity = {
  user: { id: 'local-operator', name: 'Local operator', email: 'operator@localhost' },
  org: { id: 'local', name: 'This server' },
  role: 'owner',
  permissions: permissionsOf('owner'),
};

/** A copy per request: nothing a route does to it can reach the next request. */
export async function localOperator(): Promise<Identity> {
  return structuredClone(LOCAL_OPERATOR);
}
