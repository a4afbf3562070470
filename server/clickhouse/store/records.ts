import type { RecordStore } from '../../engine/types';
import type { StreamName } from '../../../src/api/streams';
import { withSenderDefaults } from '../../../src/api/streams/senderDefaults';
import { StreamCache } from '../../sql/store/streamCache';
import type { ClickHouseDb } from '../db';
import { sqlString } from '../literal';
import { countMatches, exportBatches, recordOfDoc, searchPage, type ChSearch } from '../search';
import { chTables } from '../tables';
import { chHistogram } from './histogram';
import { recordInserter } from './insert';
import { chCountOlderThan, chDropOlderThan } from './retention';
import { hasNoRecords, truncateAll } from './schema';
import { chTail } from './tail';
import { chTimeline } from './timeline';
import { chFacets, chTopValues } from './values';

/** Long enough to page through a search or type a prefix; short enough that another server's writes show soon. */
const CACHE_MS = 15_000;
const CACHED_PER_STREAM = 500;

export interface ClickHouseRecords extends RecordStore {
  /** no records anywhere */
  reset(): Promise<void>;
  isEmpty(): Promise<boolean>;
}

/** The API's RecordStore over the cluster's Distributed tables (tables.ts). */
export function clickHouseRecords(db: ClickHouseDb): ClickHouseRecords {
  const totals = new StreamCache<number>(CACHE_MS, CACHED_PER_STREAM);
  const facets = new StreamCache<{ value: string; count: number }[]>(CACHE_MS, CACHED_PER_STREAM);
  const insert = recordInserter(db);
  const changed = (stream: StreamName): void => {
    totals.forget(stream);
    facets.forget(stream);
  };
  const count = (search: ChSearch & { stream: StreamName }): Promise<number> =>
    totals.remember(search.stream, JSON.stringify([search.query, search.from, search.to]), () =>
      countMatches(db, chTables[search.stream], search),
    );

  return {
    async search(search, page) {
      const table = chTables[search.stream];
      if (page.cursor !== null) {
        // a next page: its total was counted for the first page (cached), and tells the
        // density of matches, so that the page is mostly one read
        const total = await count(search);
        const found = await searchPage(db, table, search, page, total);
        return { items: found.items, nextCursor: found.nextCursor, total };
      }
      const [found, total] = await Promise.all([searchPage(db, table, search, page), count(search)]);
      return { items: found.items, nextCursor: found.nextCursor, total };
    },
    count,
    histogram: (search, range, maxBuckets, timeZone) => chHistogram(db, search, range, maxBuckets, timeZone),
    topValues: (search, field, limit) => chTopValues(db, search, field, limit),
    facets: (stream, field, prefix, limit) =>
      facets.remember(stream, JSON.stringify([field, prefix, limit]), () =>
        chFacets(db, stream, field, prefix, limit),
      ),
    async export(search) {
      return {
        total: await count(search),
        batches: exportBatches(db, chTables[search.stream], search),
      };
    },
    timeline: (key, value, limit) => chTimeline(db, key, value, limit),
    tail: (stream, query, after) => chTail(db, stream, query, after, Date.now()),
    async get(stream, id) {
      const [row] = await db.rows<{ doc: string }>(
        `SELECT doc FROM ${chTables[stream].name} WHERE id = ${sqlString(id)} LIMIT 1`,
      );
      return row && recordOfDoc(row.doc);
    },
    async insert(stream, records, arrived) {
      const added = await insert(stream, records, arrived ?? null);
      if (added > 0) changed(stream);
      return { added, existing: records.length - added };
    },
    // a field its writer left out is stored as null, as ingest and the other stores do
    async append(stream, record) {
      await insert(stream, [withSenderDefaults(stream, record)]);
      changed(stream);
    },
    countOlderThan: (stream, cutoff) => chCountOlderThan(db, stream, cutoff),
    async dropOlderThan(stream, cutoff) {
      const dropped = await chDropOlderThan(db, stream, cutoff);
      changed(stream);
      return dropped;
    },
    async reset() {
      await truncateAll(db);
      totals.clear();
      facets.clear();
    },
    isEmpty: () => hasNoRecords(db),
  };
}
