import { HttpResponse, http } from 'msw';
import { histogramParamsSchema } from '../../src/api/schemas/histogram';
import { streamContracts } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import { store } from '../store';
import { firstIssue, guard, paramsOf } from './common';
import { parseSearch } from './searchParams';

/** An ISO instant for a bound, so the search and the buckets resolve `now-24h` at the same instant. */
function pinned(bound: string | undefined, now: number): string | undefined {
  if (bound === undefined) return undefined;
  const ms = parseTimeBound(bound, now);
  return ms === null ? bound : new Date(ms).toISOString();
}

export const histogramHandlers = [
  http.get('*/api/v1/audit/:stream/histogram', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const parsed = histogramParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const { q, buckets } = parsed.data;
    const now = Date.now();
    const from = pinned(parsed.data.from, now);
    const to = pinned(parsed.data.to, now) ?? new Date(now).toISOString();
    const contract = streamContracts[stream];
    // the very search the records endpoint pages through (and its cache), in its default order
    const search = parseSearch(stream, { q, from, to, sort: contract.defaultSort });
    if (search instanceof Response) return search;
    const range = { from: from === undefined ? null : Date.parse(from), to: Date.parse(to) };
    return HttpResponse.json(await store.histogram(search, range, buckets));
  }),
];
