import { HttpResponse, http } from 'msw';
import { READ_AUDIT_LOGS } from '../../src/api/schemas/me';
import { overviewParamsSchema } from '../../src/api/schemas/overview';
import { streamContracts, type StreamName } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import { computeOverview } from '../../server/engine/overview';
import type { RecordSearch } from '../../server/engine/types';
import { applyFaults } from '../faults';
import { badParameter, problem } from '../problem';
import { can } from './me';
import { firstIssue, paramsOf } from './common';
import { store } from '../store';
import { parseSearch } from './searchParams';

class SearchRefused extends Error {
  constructor(readonly response: Response) {
    super('search refused');
  }
}

export const overviewHandlers = [
  http.get('*/api/v1/audit/overview', async ({ request }) => {
    const fault = await applyFaults(request);
    if (fault) return fault;
    if (!can(READ_AUDIT_LOGS))
      return problem(403, `Reading audit logs needs the "${READ_AUDIT_LOGS}" permission.`);
    const parsed = overviewParamsSchema.safeParse(paramsOf(request));
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
      if (found instanceof Response) throw new SearchRefused(found);
      return found;
    };
    try {
      const overview = await computeOverview(
        {
          count: (stream, q, fromIso, toIso) => store.count(search(stream, q, fromIso, toIso)),
          topValues: (stream, q, fromIso, toIso, field, limit) =>
            store.topValues(search(stream, q, fromIso, toIso), field, limit),
        },
        { from, to },
      );
      return HttpResponse.json(overview);
    } catch (error) {
      if (error instanceof SearchRefused) return error.response;
      throw error;
    }
  }),
];
