import './api/zodConfig';
import { waitForApi } from './api/ready';
import { preloadRouteFor } from './app/routeModules';

// The entry only starts things, so that the console and the mock download side by side; the
// console renders while the mock's service worker registers, and requests wait for it.
// Written out literally so that an `http` build drops the mock (and msw) entirely.
if (import.meta.env.VITE_API_MODE !== 'http') {
  const workerUrl = `${import.meta.env.BASE_URL}mockServiceWorker.js`;
  waitForApi(
    import('../mocks/browser')
      .then(({ startMockWorker }) => startMockWorker(workerUrl))
      .catch((cause: unknown) => {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new Error(
          `The demo API (a mock service worker) could not start; reload the page to try again. ${reason}`,
        );
      }),
  );
}

void import('./app/render').then(({ render }) => render());
preloadRouteFor(window.location.pathname);
