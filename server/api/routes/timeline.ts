import { timelineParamsSchema } from '../../../src/api/schemas/timeline';
import { refusal } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';

/** More would not be read: the timeline says it was cut short instead. */
export const TIMELINE_LIMIT = 5000;

/** GET /audit/timeline: every record of every stream tied to a trace, session, token or request. */
export function timelineRoutes({ store, identity }: ApiOptions): Hono {
  return new Hono().get('/audit/timeline', async (c) => {
    const refused = refusal(await identity(c.req.raw), 'Reading audit logs');
    if (refused) return refused;
    const parsed = timelineParamsSchema.safeParse(queryOf(c.req.raw));
    if (!parsed.success) return firstIssue(parsed.error, 'key');
    const { key, value } = parsed.data;
    const { items, truncated } = await store.timeline(key, value, TIMELINE_LIMIT);
    return Response.json({ key, value, items, truncated });
  });
}
