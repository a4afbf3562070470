import { MANAGE_AUDIT_SETTINGS } from '../src/api/permissions';
import { refusal } from '../server/api/access';
import { Hono } from '../server/api/hono';
import type { IdentityOf } from '../server/api/identity';
import type { AuditStore } from '../server/engine/types';

/**
 * POST /demo/reset ("Reset demo data"): everything users of the demo changed (destinations,
 * retention, saved searches, the records their actions appended) back to the generated state.
 * Mounted by the demo only: a real API has no demo data to reset.
 */
export function demoResetRoutes(store: AuditStore, identity: IdentityOf): Hono {
  return new Hono().post('/demo/reset', async (c) => {
    // it erases what everyone changed, the audit trail of it included: an owner's call
    const refused = refusal(await identity(c.req.raw), 'Resetting the demo data', MANAGE_AUDIT_SETTINGS);
    if (refused) return refused;
    await store.reset();
    return new Response(null, { status: 204 });
  });
}
