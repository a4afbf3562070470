import { HttpResponse, http } from 'msw';
import { tailParamsSchema } from '../../src/api/schemas/tail';
import { streamContracts } from '../../src/api/streams';
import { parseQuery } from '../../src/api/query';
import { runSearch } from '../engine/search';
import { collection, startArrivals } from '../engine/store';
import { badParameter } from '../problem';
import { firstIssue, guard, paramsOf } from './common';

/** at most this many records per answer; the rest come with the next poll */
const LIMIT = 2000;

export const tailHandlers = [
  http.get('*/api/v1/audit/:stream/tail', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream));
    if (stream instanceof Response) return stream;
    const parsed = tailParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const contract = streamContracts[stream];
    const query = parseQuery(parsed.data.q, contract.fields);
    if (!query.ok) return badParameter('q', query.error.message);
    const after = Date.parse(parsed.data.after);

    startArrivals(after);
    const now = Date.now();
    const data = collection(stream);
    // Complete up to a millisecond ago: a record written later this very millisecond must
    // fall in the next poll's window, not behind this one.
    let until = Math.max(after, now - 1);
    let items = runSearch(contract, data, {
      query: query.query,
      from: after + 1,
      to: until,
      sort: { field: contract.timeField, desc: true },
    });
    if (items.length > LIMIT) {
      // cut between two instants, so the next window starts exactly where this one ends
      const timeOf = (i: number) => Date.parse(String(items[i]?.[contract.timeField]));
      const boundary = timeOf(items.length - 1 - LIMIT);
      const kept = items.filter((_, i) => timeOf(i) < boundary);
      if (kept.length > 0) {
        items = kept;
        until = boundary - 1;
      }
    }
    return HttpResponse.json({ items, until: new Date(until).toISOString() });
  }),
];
