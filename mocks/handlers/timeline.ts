import { HttpResponse, http } from 'msw';
import { READ_AUDIT_LOGS } from '../../src/api/schemas/me';
import { timelineParamsSchema } from '../../src/api/schemas/timeline';
import { applyFaults } from '../faults';
import { badParameter, problem } from '../problem';
import { store } from '../store';
import { can } from './me';

const LIMIT = 5000;

export const timelineHandlers = [
  http.get('*/api/v1/audit/timeline', async ({ request }) => {
    const fault = await applyFaults(request);
    if (fault) return fault;
    if (!can(READ_AUDIT_LOGS))
      return problem(403, `Reading audit logs needs the "${READ_AUDIT_LOGS}" permission.`);
    const parsed = timelineParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return badParameter(String(issue?.path[0] ?? 'key'), issue?.message ?? 'invalid');
    }
    const { key, value } = parsed.data;
    const { items, truncated } = await store.timeline(key, value, LIMIT);
    return HttpResponse.json({ key, value, items, truncated });
  }),
];
