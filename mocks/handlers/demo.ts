import { HttpResponse, http } from 'msw';
import { resetDocumentStores } from '../engine/documents';
import { resetFacets } from '../engine/facets';
import { clearAppended } from '../engine/persistence';
import { resetCollections } from '../engine/store';
import { applyFaults } from '../faults';
import { clearResultCache } from './searchRequest';
import { forgetIdempotencyKeys } from './writes';

/**
 * "Reset demo data": everything users of the demo changed (destinations, retention, saved
 * searches, the records their actions appended) back to the generated state.
 */
export function resetDemoData(): void {
  resetDocumentStores();
  clearAppended();
  resetCollections();
  resetFacets();
  clearResultCache();
  forgetIdempotencyKeys();
}

/** Only the mock has this endpoint: a real API has no demo data to reset. */
export const demoHandlers = [
  http.post('*/api/v1/demo/reset', async ({ request }) => {
    const fault = await applyFaults(request);
    if (fault) return fault;
    resetDemoData();
    return new HttpResponse(null, { status: 204 });
  }),
];
