import { facetsParamsSchema } from '../../../src/api/schemas/search';
import { streamContracts } from '../../../src/api/streams';
import { streamAccess } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';
import { badParameter } from '../problem';

/** GET /audit/{stream}/facets: a field's most frequent values, for autocomplete. */
export function facetRoutes(options: ApiOptions): Hono {
  return new Hono().get('/audit/:stream/facets', async (c) => {
    const access = await streamAccess(options, c.req.raw, c.req.param('stream'));
    if (access instanceof Response) return access;
    const { stream } = access;
    const parsed = facetsParamsSchema.safeParse(queryOf(c.req.raw));
    if (!parsed.success) return firstIssue(parsed.error);
    const { field, prefix, limit } = parsed.data;
    const spec = streamContracts[stream].fields.find((f) => f.name === field.toLowerCase());
    if (!spec) return badParameter('field', `"${field}" is not a field of ${stream} records`);
    return Response.json({
      field: spec.name,
      values: await options.store.facets(stream, spec.name, prefix, limit),
    });
  });
}
