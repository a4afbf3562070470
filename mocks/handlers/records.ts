import { HttpResponse, http } from 'msw';
import { facetsParamsSchema, recordsParamsSchema } from '../../src/api/schemas/search';
import { streamContracts } from '../../src/api/streams';
import { parseCursor } from '../../server/engine/paging';
import { badParameter, problem } from '../problem';
import { store } from '../store';
import { firstIssue, guard, paramsOf } from './common';
import { parseSearch } from './searchParams';

export const recordHandlers = [
  http.get('*/api/v1/audit/:stream/records', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const parsed = recordsParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const { q, from, to, sort, cursor: after, limit } = parsed.data;

    const cursor = after === undefined ? null : parseCursor(after);
    if (cursor === null && after !== undefined)
      return badParameter('cursor', 'is not a cursor this server issued');

    const search = parseSearch(stream, { q, from, to, sort });
    if (search instanceof Response) return search;
    return HttpResponse.json(await store.search(search, { cursor, limit }));
  }),

  http.get('*/api/v1/audit/:stream/records/:id', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const record = await store.get(stream, String(params.id));
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
      values: await store.facets(stream, spec.name, prefix, limit),
    });
  }),
];
