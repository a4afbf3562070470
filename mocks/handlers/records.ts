import { HttpResponse, http } from 'msw';
import { facetsParamsSchema, recordsParamsSchema } from '../../src/api/schemas/search';
import { streamContracts } from '../../src/api/streams';
import { badParameter, problem } from '../problem';
import { facetValues } from '../engine/facets';
import { decodeCursor, pageOf } from '../engine/search';
import { searchRequest } from './searchRequest';
import { collection } from '../engine/store';
import { firstIssue, guard, paramsOf } from './common';

export { clearResultCache } from './searchRequest';

export const recordHandlers = [
  http.get('*/api/v1/audit/:stream/records', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const parsed = recordsParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const { q, from, to, sort, cursor, limit } = parsed.data;

    let offset = 0;
    if (cursor !== undefined) {
      const decoded = decodeCursor(cursor);
      if (decoded === null) return badParameter('cursor', 'is not a cursor this server issued');
      offset = decoded;
    }

    const all = searchRequest(stream, { q, from, to, sort });
    if (all instanceof Response) return all;
    return HttpResponse.json(pageOf(all, offset, limit));
  }),

  http.get('*/api/v1/audit/:stream/records/:id', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const record = collection(stream).byId.get(String(params.id));
    if (!record) return problem(404, `No ${stream} record has the id "${String(params.id)}".`);
    return HttpResponse.json(record);
  }),

  http.get('*/api/v1/audit/:stream/facets', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const parsed = facetsParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const { field, prefix, limit } = parsed.data;
    const spec = streamContracts[stream].fields.find((f) => f.name === field.toLowerCase());
    if (!spec) return badParameter('field', `"${field}" is not a field of ${stream} records`);
    return HttpResponse.json({
      field: spec.name,
      values: facetValues(stream, spec.name, prefix, limit),
    });
  }),
];
