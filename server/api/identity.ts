import type { Me } from '../../src/api/schemas/me';

/**
 * Who sent a request: exactly what GET /me shows of them. The demo says it is its own user
 * in the role its Role switcher chose; a server says it is the session's user.
 */
export type Identity = Me;

/**
 * Resolves the identity of a request. It may throw an ApiProblem (e.g. a 401 for a request
 * without a session); anything else it throws is answered as a 500.
 */
export type IdentityOf = (request: Request) => Promise<Identity>;
