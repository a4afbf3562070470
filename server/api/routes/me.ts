import type { Me } from '../../../src/api/schemas/me';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';

/** GET /me: who is signed in, with their organisation, role and permissions. */
export function meRoutes({ identity }: ApiOptions): Hono {
  return new Hono().get('/me', async (c) => {
    const { user, org, role, permissions } = await identity(c.req.raw);
    // field by field: whatever else a server's identity carries (a session, a token) stays out
    const me: Me = {
      user: { id: user.id, name: user.name, email: user.email },
      org: { id: org.id, name: org.name },
      role,
      permissions,
    };
    return Response.json(me);
  });
}
