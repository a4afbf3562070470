/**
 * Time-ordered pages are read a window of the range at a time (search.ts, pageKeys): walked
 * page by page along the cursor, they must list exactly the evaluator's matches in the demo's
 * order, whatever the records' spread in time (bursts in one instant, long gaps, records at the
 * range's very bounds), the page size and the direction; and so must an export's batches.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/api/query';
import { streamContracts, type AuditRecord } from '../../src/api/streams';
import { recordsArbitrary } from '../sql/testing/records';
import { referenceSearch } from '../sql/testing/reference';
import { streamTables } from '../sql/tables';
import { openClickHouse, type ClickHouseDb } from './db';
import { exportBatches } from './search';
import { clickHouseRecords, type ClickHouseRecords } from './store/records';
import { chTables } from './tables';
import { ensureTables } from './store/schema';
import {
  clickhouseBinary,
  startClickHouseCluster,
  type ClickHouseCluster,
} from './testing/clickhouseCluster';

const STREAM = 'access';
const RECORDS = 150;
const WALKS = 24;
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 30);
const contract = streamContracts[STREAM];

/** Instants with bursts (many records in one millisecond or minute) and gaps of weeks. */
const instants = fc.oneof(
  fc.constantFrom(END, END - 1, END - 30 * DAY, END - 12 * DAY),
  fc.integer({ min: END - 60_000, max: END }),
  fc.integer({ min: END - 45 * DAY, max: END }),
);

const binary = clickhouseBinary();
if ('missing' in binary) console.warn(`The ClickHouse page walks are skipped: ${binary.missing}.`);

describe.skipIf('missing' in binary)('time-ordered pages read in windows, on 2 shards', () => {
  let cluster: ClickHouseCluster | undefined;
  let db: ClickHouseDb;
  let store: ClickHouseRecords;
  let records: AuditRecord[] = [];

  beforeAll(async () => {
    if ('server' in binary) cluster = await startClickHouseCluster(binary.server);
    db = openClickHouse({
      urls: cluster?.shards.map((s) => s.url) ?? [],
      cluster: cluster?.cluster ?? '',
      database: 'audit_pages',
    });
    await ensureTables(db);
    store = clickHouseRecords(db);
    const [generated = []] = fc.sample(recordsArbitrary(streamTables[STREAM], contract.fields, RECORDS), {
      seed: 17,
      numRuns: 1,
    });
    const times = fc.sample(instants, { seed: 18, numRuns: generated.length });
    records = generated.map((r, i) => ({
      ...r,
      [contract.timeField]: new Date(times[i] ?? END).toISOString(),
    }));
    expect((await store.insert(STREAM, records)).added).toBe(records.length);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    await cluster?.stop();
  });

  it('walk to the same list as one read of the whole range, newest or oldest first', async () => {
    const parsed = parseQuery('method:get OR response_code:>=400', contract.fields);
    if (!parsed.ok) throw new Error('the test query does not parse');
    const walks = fc.sample(
      fc.record({
        desc: fc.boolean(),
        limit: fc.integer({ min: 7, max: 60 }),
        query: fc.constantFrom({ clauses: [] }, parsed.query),
        from: fc.constantFrom(END - 46 * DAY, END - 30 * DAY, END - 60_000, END - 12 * DAY),
        to: fc.constantFrom(END, END - 1, END + DAY, END - 12 * DAY),
      }),
      { seed: 19, numRuns: WALKS },
    );
    for (const walk of walks) {
      const search = {
        stream: STREAM,
        query: walk.query,
        from: walk.from,
        to: walk.to,
        sort: { field: contract.timeField, desc: walk.desc },
      } as const;
      const expected = referenceSearch(contract, records, search).map((r) => r.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.search(search, { cursor, limit: walk.limit });
        expect(page.items.length).toBeLessThanOrEqual(walk.limit);
        seen.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor;
      } while (cursor !== null && seen.length <= records.length);
      expect({ walk, ids: seen }).toEqual({ walk, ids: expected });

      // an export reads its batches with their documents straight from the windows
      const exported: string[] = [];
      for await (const batch of exportBatches(db, chTables[STREAM], search, walk.limit)) {
        expect(batch.length).toBeLessThanOrEqual(walk.limit);
        exported.push(...batch.map((r) => r.id));
      }
      expect({ walk, exported }).toEqual({ walk, exported: expected });
    }
  }, 600_000);
});
