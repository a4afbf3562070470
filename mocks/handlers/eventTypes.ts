import { HttpResponse, http } from 'msw';
import { READ_AUDIT_LOGS } from '../../src/api/schemas/me';
import { eventTypes } from '../../server/engine/eventTypes';
import { applyFaults } from '../faults';
import { problem } from '../problem';
import { can } from './me';

export const eventTypeHandlers = [
  http.get('*/api/v1/audit/event-types', async ({ request }) => {
    const fault = await applyFaults(request);
    if (fault) return fault;
    if (!can(READ_AUDIT_LOGS))
      return problem(403, `Reading audit logs needs the "${READ_AUDIT_LOGS}" permission.`);
    return HttpResponse.json({ items: eventTypes() });
  }),
];
