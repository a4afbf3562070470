import { HttpResponse, http } from 'msw';
import { applyFaults } from '../faults';
import { store } from '../store';

/** Only the mock has this endpoint: a real API has no demo data to reset. */
export const demoHandlers = [
  http.post('*/api/v1/demo/reset', async ({ request }) => {
    const fault = await applyFaults(request);
    if (fault) return fault;
    // "Reset demo data": everything users of the demo changed (destinations, retention, saved
    // searches, the records their actions appended) back to the generated state
    await store.reset();
    return new HttpResponse(null, { status: 204 });
  }),
];
