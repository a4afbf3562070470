import { parseQuery } from '../../../src/api/query';
import { tailParamsSchema } from '../../../src/api/schemas/tail';
import { streamContracts } from '../../../src/api/streams';
import { streamAccess } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';
import { badParameter } from '../problem';

/** GET /audit/{stream}/tail: what arrived after a watermark, and the next watermark. */
export function tailRoutes(options: ApiOptions): Hono {
  return new Hono().get('/audit/:stream/tail', async (c) => {
    const access = await streamAccess(options, c.req.raw, c.req.param('stream'));
    if (access instanceof Response) return access;
    const { stream } = access;
    const parsed = tailParamsSchema.safeParse(queryOf(c.req.raw));
    if (!parsed.success) return firstIssue(parsed.error);
    const query = parseQuery(parsed.data.q, streamContracts[stream].fields);
    if (!query.ok) return badParameter('q', query.error.message);
    const after = Date.parse(parsed.data.after);
    const { items, until } = await options.store.tail(stream, query.query, after);
    return Response.json({ items, until: new Date(until).toISOString() });
  });
}
