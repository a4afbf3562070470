import { histogramParamsSchema } from '../../../src/api/schemas/histogram';
import { streamContracts } from '../../../src/api/streams';
import { parseTimeBound } from '../../../src/api/timeBounds';
import { streamAccess } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';
import { parseSearch } from '../searchParams';

/** An ISO instant for a bound, so the search and the buckets resolve `now-24h` at the same instant. */
function pinned(bound: string | undefined, now: number): string | undefined {
  if (bound === undefined) return undefined;
  const ms = parseTimeBound(bound, now);
  return ms === null ? bound : new Date(ms).toISOString();
}

/** GET /audit/{stream}/histogram: the records search counted in buckets, stacked by outcome. */
export function histogramRoutes(options: ApiOptions): Hono {
  return new Hono().get('/audit/:stream/histogram', async (c) => {
    const access = await streamAccess(options, c.req.raw, c.req.param('stream'));
    if (access instanceof Response) return access;
    const { stream } = access;
    const parsed = histogramParamsSchema.safeParse(queryOf(c.req.raw));
    if (!parsed.success) return firstIssue(parsed.error);
    const { q, buckets, tz } = parsed.data;
    const now = Date.now();
    const from = pinned(parsed.data.from, now);
    const to = pinned(parsed.data.to, now) ?? new Date(now).toISOString();
    const contract = streamContracts[stream];
    // the very search the records endpoint pages through (and its cache), in its default order
    const search = parseSearch(stream, { q, from, to, sort: contract.defaultSort });
    if (search instanceof Response) return search;
    const range = { from: from === undefined ? null : Date.parse(from), to: Date.parse(to) };
    return Response.json(await options.store.histogram(search, range, buckets, tz));
  });
}
