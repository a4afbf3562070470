import { eventTypes } from '../../engine/eventTypes';
import { refusal } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';

/** GET /audit/event-types: the event catalogue. */
export function eventTypeRoutes({ identity }: ApiOptions): Hono {
  return new Hono().get('/audit/event-types', async (c) => {
    const refused = refusal(await identity(c.req.raw), 'Reading audit logs');
    return refused ?? Response.json({ items: eventTypes() });
  });
}
