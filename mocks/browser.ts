import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resetMockSettings, setMockSettings, type MockSettings } from './settings';
import { benchHooks, type BenchHooks } from './bench';

declare global {
  interface Window {
    /** Demo and test switches: `auditMock.set({ fault: '503' })`, then act; `auditMock.reset()`. */
    auditMock?: { set(settings: MockSettings): MockSettings; reset(): void; bench: BenchHooks };
  }
}

export async function startMockWorker(url: string): Promise<void> {
  window.auditMock = { set: setMockSettings, reset: resetMockSettings, bench: benchHooks };
  await setupWorker(...handlers).start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url },
  });
}
