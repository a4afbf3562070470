/**
 * The demo's store: the engine's in-memory store, its records made by the demo world with the
 * mock's switches (records, seed, live rate), its settings documents the demo's (seedDocuments.ts).
 * The API (mocks/api.ts) sees it only as the engine's AuditStore.
 */
import { createMemoryStore, type MemoryStore } from '../server/engine/memoryStore';
import type { AuditStore } from '../server/engine/types';
import { configuredRecordCount, configuredSeed, DEFAULT_LIVE_RATE, getMockSettings } from './settings';
import { worldSource } from './world/source';
import { demoDeliveries, demoDestinations, demoSavedSearches } from './seedDocuments';

/** The in-memory store itself: the page's warm-up, the bench and tests reach its arrays. */
export const memoryStore: MemoryStore = createMemoryStore(
  worldSource(() => ({
    count: configuredRecordCount(),
    seed: configuredSeed(),
    liveRate: getMockSettings().liveRate ?? DEFAULT_LIVE_RATE,
  })),
  { destinations: demoDestinations, deliveries: demoDeliveries, savedSearches: demoSavedSearches },
);

/** What the API reads and writes through. */
export const store: AuditStore = memoryStore;
