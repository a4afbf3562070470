import { http } from 'msw';
import { api } from '../api';
import { applyFaults, applyMidwayFault } from '../faults';
import { passThroughServiceWorker } from '../serviceWorkerBody';

/**
 * The demo's API: the server's own (server/api) answering in the page, behind the demo's
 * fault and latency switches. In the browser it runs behind msw's service worker, so that
 * every request still shows in DevTools' Network panel; in Node (tests) behind setupServer.
 */
export const handlers = [
  http.all('*/api/v1/*', async ({ request }) => {
    const fault = await applyFaults(request);
    return fault ?? passThroughServiceWorker(applyMidwayFault(await api.fetch(request)));
  }),
];
