/**
 * The demo world in a server's store (`npm start -- --demo`): the same organisation the demo
 * console shows, generated once and inserted stream by stream, with the settings documents the
 * demo console starts with (seedDocuments.ts). The only door from the server's Node host into
 * the demo (config/layers.js); the API and the stores never see it.
 */
import type { DocumentCollection, SettingsStore } from '../server/engine/types';
import { streamNames, type AuditRecord, type StreamName } from '../src/api/streams';
import { demoDeliveries, demoDestinations, demoSavedSearches } from './seedDocuments';
import { DEFAULT_RECORDS, DEFAULT_SEED } from './settings';
import { generateWorld } from './world/world';

/**
 * The demo's documents, by collection. Retention is not among them: the demo keeps the
 * contracts' default policy, which every store already starts with.
 */
type DemoCollections = 'destinations' | 'deliveries' | 'savedSearches';

/** What loading needs of a store: the SQL store (and the host's test store) have it. */
export interface DemoTarget extends Pick<SettingsStore, DemoCollections> {
  isEmpty(): Promise<boolean>;
  insert(stream: StreamName, records: readonly AuditRecord[]): Promise<{ added: number; existing: number }>;
}

export interface DemoOptions {
  /** records per stream (default 50,000, as in the demo console) */
  records?: number;
  seed?: number;
  /** epoch ms the newest records are at (default: now); the world spans the 30 days before */
  now?: number;
  /** records per insert: one transaction each in the SQL store */
  batchSize?: number;
  /** stops between batches, e.g. on SIGTERM while loading */
  signal?: AbortSignal;
  onGenerated?: (ms: number) => void;
  onProgress?: (progress: { stream: StreamName; inserted: number; total: number }) => void;
}

export type DemoResult =
  | { loaded: false; reason: 'not-empty' }
  | {
      loaded: true;
      added: Record<StreamName, number>;
      /** settings documents stored, by collection */
      documents: Record<DemoCollections, number>;
      generateMs: number;
      insertMs: number;
    };

const DEFAULT_BATCH = 5_000;

/**
 * PGlite runs in this thread and answers in microtasks, so a load of many batches would never
 * give the event loop a turn: no stop signal, no timer, until it ended. One turn per batch.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads the demo world into `target` if it holds no records; a store with records is left alone. */
export async function loadDemoWorld(target: DemoTarget, options: DemoOptions = {}): Promise<DemoResult> {
  const {
    records = DEFAULT_RECORDS,
    seed = DEFAULT_SEED,
    now = Date.now(),
    batchSize = DEFAULT_BATCH,
  } = options;
  // demo records among real ones would be audit data nobody can tell from the truth
  if (!(await target.isEmpty())) return { loaded: false, reason: 'not-empty' };
  // first, as they are few: a load stopped among the records leaves them, and a second
  // --demo on the still-empty store then skips what it finds
  const documents = {
    destinations: await storeAbsent(target.destinations, demoDestinations(now)),
    deliveries: await storeAbsent(target.deliveries, demoDeliveries(now)),
    savedSearches: await storeAbsent(target.savedSearches, demoSavedSearches(now)),
  };

  let started = performance.now();
  const world = generateWorld({ count: records, seed, now });
  const generateMs = performance.now() - started;
  options.onGenerated?.(generateMs);

  started = performance.now();
  const added = Object.fromEntries(streamNames.map((s) => [s, 0])) as Record<StreamName, number>;
  for (const stream of streamNames) {
    const all: readonly AuditRecord[] = world[stream].records;
    for (let from = 0; from < all.length; from += batchSize) {
      await nextTask();
      options.signal?.throwIfAborted();
      added[stream] += (await target.insert(stream, all.slice(from, from + batchSize))).added;
      options.onProgress?.({ stream, inserted: Math.min(from + batchSize, all.length), total: all.length });
    }
  }
  return { loaded: true, added, documents, generateMs, insertMs: performance.now() - started };
}

/**
 * Stores each document whose id the collection does not hold; one it holds (made by the
 * operator before a first --demo, or by a load that was stopped) is left as it is.
 */
async function storeAbsent<T extends { id: string }>(
  collection: DocumentCollection<T>,
  documents: readonly T[],
): Promise<number> {
  let stored = 0;
  for (const document of documents) {
    if (await collection.get(document.id)) continue;
    await collection.put(document);
    stored += 1;
  }
  return stored;
}
