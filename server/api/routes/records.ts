import { recordsParamsSchema } from '../../../src/api/schemas/search';
import { CursorRejected } from '../../engine/paging';
import { streamAccess } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';
import { badParameter, problem } from '../problem';
import { parseSearch } from '../searchParams';

/** A stream's records: a page of a search, and one record by id. */
export function recordRoutes(options: ApiOptions): Hono {
  const { store } = options;
  return new Hono()
    .get('/audit/:stream/records', async (c) => {
      const access = await streamAccess(options, c.req.raw, c.req.param('stream'));
      if (access instanceof Response) return access;
      const { stream } = access;
      const parsed = recordsParamsSchema.safeParse(queryOf(c.req.raw));
      if (!parsed.success) return firstIssue(parsed.error);
      const { q, from, to, sort, cursor, limit } = parsed.data;
      const search = parseSearch(stream, { q, from, to, sort });
      if (search instanceof Response) return search;
      try {
        // the store's page as it is: no copy, no second validation of records it already holds
        return Response.json(await store.search(search, { cursor: cursor ?? null, limit }));
      } catch (error) {
        // only the store can read its cursors (an offset in memory, a keyset in SQL)
        if (error instanceof CursorRejected)
          return badParameter('cursor', 'is not a cursor this server issued');
        throw error;
      }
    })
    .get('/audit/:stream/records/:id', async (c) => {
      const access = await streamAccess(options, c.req.raw, c.req.param('stream'));
      if (access instanceof Response) return access;
      const { stream } = access;
      const id = c.req.param('id');
      const record = await store.get(stream, id);
      if (!record) return problem(404, `No ${stream} record has the id "${id}".`);
      return Response.json(record);
    });
}
