import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resetMockSettings, setMockSettings, type MockSettings } from './settings';
import { benchHooks, type BenchHooks } from './bench';
import { memoryStore } from './store';
import { isStreamName } from '../src/api/streams';

declare global {
  interface Window {
    /** Demo and test switches: `auditMock.set({ fault: '503' })`, then act; `auditMock.reset()`. */
    auditMock?: { set(settings: MockSettings): MockSettings; reset(): void; bench: BenchHooks };
  }
}

export async function startMockWorker(url: string): Promise<void> {
  window.auditMock = { set: setMockSettings, reset: resetMockSettings, bench: benchHooks };
  const started = setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url },
  });
  // the browser registers the worker off the main thread: generate what the page opened will
  // ask for first meanwhile (its recent records), instead of inside its first request
  await new Promise((resolve) => setTimeout(resolve));
  const stream = /^\/audit\/([a-z]+)/.exec(window.location.pathname)?.[1] ?? '';
  if (isStreamName(stream)) memoryStore.collection(stream, Number.POSITIVE_INFINITY);
  await started;
}
