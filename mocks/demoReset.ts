import type { AuditStore } from '../server/engine/types';
import { Hono } from '../server/api/hono';

/**
 * POST /demo/reset ("Reset demo data"): everything users of the demo changed (destinations,
 * retention, saved searches, the records their actions appended) back to the generated state.
 * Mounted by the demo only: a real API has no demo data to reset.
 */
export function demoResetRoutes(store: AuditStore): Hono {
  return new Hono().post('/demo/reset', async () => {
    await store.reset();
    return new Response(null, { status: 204 });
  });
}
