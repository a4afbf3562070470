import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetFacets } from './engine/facets';
import { resetDocumentStores } from './engine/documents';
import { clearAppended } from './engine/persistence';
import { resetCollections } from './engine/store';
import { clearResultCache } from './handlers/searchRequest';
import { server } from './node';
import { resetMockSettings, setMockSettings } from './settings';

function forgetData(): void {
  resetCollections();
  resetFacets();
  clearResultCache();
  clearAppended();
  resetDocumentStores();
}

/**
 * Runs a test file against the mock server in Node, on a small store of `records` per
 * stream; each test starts from the default switches, and nothing leaks into other files.
 */
export function withMockServer(records: number): void {
  const small = () => {
    resetMockSettings();
    setMockSettings({ records });
  };
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    small();
    forgetData();
  });
  afterEach(() => {
    server.resetHandlers();
    small();
    clearAppended();
    resetDocumentStores();
  });
  afterAll(() => {
    server.close();
    resetMockSettings();
    forgetData();
  });
}
