import { HttpResponse, http } from 'msw';
import { facetsParamsSchema, recordsParamsSchema } from '../../src/api/schemas/search';
import { streamContracts } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import { parseQuery } from '../../src/features/search/query';
import { badParameter, problem } from '../problem';
import { facetValues } from '../db/facets';
import { ResultCache, decodeCursor, pageOf, runSearch } from '../db/search';
import { collection } from '../db/store';
import { firstIssue, guard, paramsOf } from './common';

const cache = new ResultCache();

export function clearResultCache(): void {
  cache.clear();
}

export const recordHandlers = [
  http.get('*/api/v1/audit/:stream/records', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const contract = streamContracts[stream];
    const parsed = recordsParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const { q, from, to, sort, cursor, limit } = parsed.data;

    const query = parseQuery(q, contract.fields);
    if (!query.ok) return badParameter('q', query.error.message);

    const sortSpec = sort ?? contract.defaultSort;
    const sortField = sortSpec.replace(/^-/, '');
    if (!(contract.sortable as readonly string[]).includes(sortField))
      return badParameter('sort', `"${sortField}" is not a sortable field`);

    const now = Date.now();
    const fromMs = from === undefined ? null : parseTimeBound(from, now);
    const toMs = to === undefined ? null : parseTimeBound(to, now);
    if (fromMs !== null && toMs !== null && fromMs > toMs)
      return badParameter('from', 'must not be after "to"');

    let offset = 0;
    if (cursor !== undefined) {
      const decoded = decodeCursor(cursor);
      if (decoded === null) return badParameter('cursor', 'is not a cursor this server issued');
      offset = decoded;
    }

    const data = collection(stream);
    const key = JSON.stringify([stream, data.version, q, fromMs, toMs, sortSpec]);
    const all = cache.get(key, () =>
      runSearch(contract, data, {
        query: query.query,
        from: fromMs,
        to: toMs,
        sort: { field: sortField, desc: sortSpec.startsWith('-') },
      }),
    );
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
