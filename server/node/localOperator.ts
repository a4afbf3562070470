import type { Identity } from '../api/identity';
import { permissionsOf } from '../api/roles';
import { LOCAL_OPERATOR_ID } from '../../src/api/signIn';

/**
 * Who every request is under --demo without a provider (and in the host's tests): one local
 * owner. Whoever can reach the port may then read and change everything, which is why the
 * server listens on loopback by default and warns otherwise.
 */
export const LOCAL_OPERATOR: Identity = {
  user: { id: LOCAL_OPERATOR_ID, name: 'Local operator', email: 'operator@localhost' },
  org: { id: 'local', name: 'This server' },
  role: 'owner',
  permissions: permissionsOf('owner'),
};

/** A copy per request: nothing a route does to it can reach the next request. */
export async function localOperator(): Promise<Identity> {
  return structuredClone(LOCAL_OPERATOR);
}
