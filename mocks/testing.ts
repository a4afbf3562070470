import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './node';
import { resetMockSettings, setMockSettings } from './settings';
import { memoryStore } from './store';

/**
 * Runs a test file against the mock server in Node, on a small store of `records` per
 * stream; each test starts from the default switches, and nothing leaks into other files.
 */
export function withMockServer(records: number): void {
  const small = () => {
    resetMockSettings();
    setMockSettings({ records });
  };
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    small();
    await memoryStore.reset();
  });
  afterEach(() => {
    server.resetHandlers();
    small();
    // the generated records stay: a test file makes its streams once
    memoryStore.forgetWrites();
  });
  afterAll(async () => {
    server.close();
    resetMockSettings();
    await memoryStore.reset();
  });
}
