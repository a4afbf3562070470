import { HttpResponse, http } from 'msw';
import { parseQuery } from '../../src/api/query';
import { tailParamsSchema } from '../../src/api/schemas/tail';
import { streamContracts } from '../../src/api/streams';
import { badParameter } from '../problem';
import { store } from '../store';
import { firstIssue, guard, paramsOf } from './common';

export const tailHandlers = [
  http.get('*/api/v1/audit/:stream/tail', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const parsed = tailParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const query = parseQuery(parsed.data.q, streamContracts[stream].fields);
    if (!query.ok) return badParameter('q', query.error.message);
    const { items, until } = await store.tail(stream, query.query, Date.parse(parsed.data.after));
    return HttpResponse.json({ items, until: new Date(until).toISOString() });
  }),
];
