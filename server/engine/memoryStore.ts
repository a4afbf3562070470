import { streamContracts, type AuditRecord, type StreamName } from '../../src/api/streams';
import { dropBefore, type Collection } from './collection';
import { deliveryDocuments, type StoredDelivery } from './deliveries';
import { destinationDocuments, type StoredDestination } from './destinations';
import { Facets } from './facets';
import { ingestTokenDocuments } from './ingestTokens';
import { quarantineDocuments } from './quarantine';
import { computeHistogram } from './histogram';
import { timelineOf, walkLinks } from './linkWalk';
import { Links } from './links';
import { keyOf, memoryDocuments, type MemoryKeys } from './memoryDocuments';
import { memoryRecords } from './memoryRecords';
import { pageOf } from './paging';
import { clearAppended } from './persistence';
import { ResultCache } from './resultCache';
import { currentRetention, retentionCutoff, retentionDocuments } from './retention';
import { savedSearchDocuments, type StoredSavedSearch } from './savedSearches';
import { runSearch } from './search';
import { ARRIVAL_GRACE_MS, tailWindow } from './tail';
import { compileQuery } from '../../src/api/query';
import { countAtOrAfter } from './timed';
import { topValues } from './topValues';
import type { AuditStore, RecordSearch, RecordSource } from './types';

/** Late arrivals older than this are out of any tail's reach (polls come every few seconds). */
const ARRIVAL_LOG_MS = 10 * 60_000;

/** The in-memory store, with what only memory has: its records as arrays. */
export interface MemoryStore extends AuditStore {
  /** a stream's records as held, for the page's warm-up, the bench and tests (see memoryRecords.ts) */
  collection(stream: StreamName, needFrom?: number | null): Collection;
  /** the documents back to their defaults and the stored writes forgotten; generated records stay */
  forgetWrites(): void;
}

/** The settings documents a store starts with, and goes back to on reset; absent: none. */
export interface InitialDocuments {
  destinations?: () => StoredDestination[];
  deliveries?: () => StoredDelivery[];
  savedSearches?: () => StoredSavedSearch[];
}

/**
 * The API's store in memory, its records made by `source` and its documents by `initial`. The work is synchronous; only the
 * interface is async, so a search costs what it did before there was an interface.
 */
export function createMemoryStore(source: RecordSource, initial: InitialDocuments = {}): MemoryStore {
  const settings = {
    destinations: destinationDocuments(initial.destinations),
    deliveries: deliveryDocuments(initial.deliveries),
    retention: retentionDocuments(),
    savedSearches: savedSearchDocuments(initial.savedSearches),
    ingestTokens: ingestTokenDocuments(),
    quarantine: quarantineDocuments(),
  };
  const records = memoryRecords(source, (stream) =>
    retentionCutoff(currentRetention(settings.retention).policies[stream], Date.now()),
  );
  const read = (stream: StreamName) => records.collection(stream);
  const facets = new Facets(read);
  const links = new Links(read);
  // each next page, the histogram and an export of a search are slices of one result
  const results = new ResultCache();
  const idempotencyKeys: MemoryKeys = new Map();
  /** ingested records by arrival, oldest first, for the tail's late arrivals */
  const arrivals = new Map<StreamName, { arrived: number; record: AuditRecord }[]>();

  /** A search's matches in result order: computed once per version of the stream. */
  function matches(search: RecordSearch): AuditRecord[] {
    const data = records.collection(search.stream, search.from);
    const { stream, query, from, to, sort } = search;
    const key = JSON.stringify([stream, data.version, query, from, to, sort.field, sort.desc]);
    return results.get(key, () => runSearch(streamContracts[stream], data, search));
  }

  function forgetWrites(): void {
    for (const store of Object.values(settings)) store.reset();
    clearAppended();
  }

  return {
    collection: (stream, needFrom = null) => records.collection(stream, needFrom),
    forgetWrites,

    search: async (search, page) => pageOf(matches(search), page.cursor, page.limit),
    count: async (search) => matches(search).length,
    histogram: async (search, range, maxBuckets, timeZone) =>
      computeHistogram(streamContracts[search.stream], matches(search), range, maxBuckets, timeZone),
    topValues: async (search, field, limit) => topValues(matches(search), field, limit),
    facets: async (stream, field, prefix, limit) => facets.values(stream, field, prefix, limit),
    async export(search) {
      const all = matches(search);
      // the cached result is the one batch: no copy of it
      async function* batches() {
        yield all;
      }
      return { total: all.length, batches: batches() };
    },
    async timeline(key, value, limit) {
      return timelineOf(await walkLinks(key, value, links.lookup), limit);
    },
    async tail(stream, query, after) {
      records.startArrivals(after);
      const now = Date.now();
      const contract = streamContracts[stream];
      const window = tailWindow(contract, records.collection(stream), query, after, now);
      const matches = compileQuery(query, contract.fields);
      const late = (arrivals.get(stream) ?? [])
        .filter(
          (a) =>
            a.arrived > after - ARRIVAL_GRACE_MS &&
            a.arrived <= window.until &&
            Date.parse(String(a.record[contract.timeField])) <= after &&
            matches(a.record),
        )
        .map((a) => a.record)
        .reverse();
      return { items: [...window.items, ...late], until: window.until };
    },
    get: async (stream, id) => records.collection(stream).byId.get(id),
    append: async (stream, record, time) => records.append(stream, record, time),
    async insert(stream, batch, arrived) {
      const { byId } = records.collection(stream);
      const timeField = streamContracts[stream].timeField;
      let added = 0;
      const log = arrivals.get(stream) ?? [];
      for (const record of batch) {
        if (byId.has(record.id)) continue;
        records.append(stream, record, Date.parse(String(record[timeField])));
        if (arrived !== undefined) log.push({ arrived, record });
        added++;
      }
      // only the last minutes matter to a tail: the log does not grow with every batch ever sent
      const keepFrom = log.findIndex((a) => a.arrived > Date.now() - ARRIVAL_LOG_MS);
      arrivals.set(stream, keepFrom === -1 ? [] : log.slice(keepFrom));
      return { added, existing: batch.length - added };
    },
    async countOlderThan(stream, cutoff) {
      const { times } = records.collection(stream);
      return times.length - countAtOrAfter(times, cutoff);
    },
    dropOlderThan: async (stream, cutoff) => dropBefore(records.collection(stream), cutoff),

    destinations: memoryDocuments(settings.destinations, idempotencyKeys),
    deliveries: memoryDocuments(settings.deliveries, idempotencyKeys),
    retention: memoryDocuments(settings.retention, idempotencyKeys),
    savedSearches: memoryDocuments(settings.savedSearches, idempotencyKeys),
    ingestTokens: memoryDocuments(settings.ingestTokens, idempotencyKeys),
    quarantine: memoryDocuments(settings.quarantine, idempotencyKeys),
    idempotency: {
      find: async (scope, key) => idempotencyKeys.get(keyOf({ scope, key })),
    },

    async reset() {
      forgetWrites();
      records.reset();
      facets.clear();
      links.clear();
      results.clear();
      idempotencyKeys.clear();
      arrivals.clear();
    },
  };
}
