import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resetMockSettings, setMockSettings, type MockSettings } from './settings';
import { benchHooks, type BenchHooks } from './bench';
import { isStreamName } from '../src/api/streams';
import { collection } from './db/store';

declare global {
  interface Window {
    /** Demo and test switches: `auditMock.set({ fault: '503' })`, then act; `auditMock.reset()`. */
    auditMock?: { set(settings: MockSettings): MockSettings; reset(): void; bench: BenchHooks };
  }
}

export async function startMockWorker(): Promise<void> {
  window.auditMock = { set: setMockSettings, reset: resetMockSettings, bench: benchHooks };
  const started = setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // Installing the service worker happens off the main thread: generate the stream the page
  // opens on meanwhile, so its first request does not wait for both one after the other.
  const stream = /^\/audit\/([^/]+)/.exec(window.location.pathname)?.[1];
  if (stream && isStreamName(stream)) setTimeout(() => collection(stream), 0);
  await started;
}
