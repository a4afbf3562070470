import { overviewParamsSchema } from '../../../src/api/schemas/overview';
import { streamContracts, type StreamName } from '../../../src/api/streams';
import { parseTimeBound } from '../../../src/api/timeBounds';
import { computeOverview } from '../../engine/overview';
import type { RecordSearch } from '../../engine/types';
import { refusal } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';
import { ApiProblem, badParameter } from '../problem';
import { parseSearch } from '../searchParams';

/** GET /audit/overview: the overview's figures and top lists for a range and the window it is compared with. */
export function overviewRoutes({ store, identity }: ApiOptions): Hono {
  return new Hono().get('/audit/overview', async (c) => {
    const refused = refusal(await identity(c.req.raw), 'Reading audit logs');
    if (refused) return refused;
    const parsed = overviewParamsSchema.safeParse(queryOf(c.req.raw));
    if (!parsed.success) return firstIssue(parsed.error);
    const now = Date.now();
    const from = parsed.data.from === undefined ? null : parseTimeBound(parsed.data.from, now);
    const to = parsed.data.to === undefined ? now : (parseTimeBound(parsed.data.to, now) ?? now);
    if (from !== null && from > to) return badParameter('from', 'must not be after "to"');
    // the records endpoint's own search (and cache): a figure is its drill-down's total
    const search = (
      stream: StreamName,
      q: string,
      fromIso: string | undefined,
      toIso: string,
    ): RecordSearch => {
      const found = parseSearch(stream, {
        q,
        from: fromIso,
        to: toIso,
        sort: streamContracts[stream].defaultSort,
      });
      if (found instanceof Response) throw new ApiProblem(found);
      return found;
    };
    const overview = await computeOverview(
      {
        count: (stream, q, fromIso, toIso) => store.count(search(stream, q, fromIso, toIso)),
        topValues: (stream, q, fromIso, toIso, field, limit) =>
          store.topValues(search(stream, q, fromIso, toIso), field, limit),
      },
      { from, to },
      parsed.data.compare,
    );
    return Response.json(overview);
  });
}
