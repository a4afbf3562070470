/**
 * The SQL store is the evaluator, proved by example: random records of each stream go into
 * PGlite once, then random queries (the language's own generators, fed the records' values),
 * sorts and time ranges run both through compileQuery + the demo's order and through the SQL,
 * which must give the same ids in the same order, the same count, and, walked page by page
 * along the keyset cursor, the same list again with nothing repeated or skipped. The store's
 * total and histogram of each search must be the evaluator's too: for searches with no terms
 * or an outcome band's query they come from the hourly rollup (and the partial hours at the
 * range's ends), which mixes such searches in.
 *
 * It runs on PGlite, and on a throw-away PostgreSQL cluster when the postgresql package is
 * installed (a real server's collation and planner, not only the embedded one's).
 *
 * Reproduce a failure with the seed it prints: SQL_DIFF_SEED=<seed> [SQL_DIFF_PATH=<path>].
 * SQL_DIFF_RUNS sets the searches per stream.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamContracts, streamNames, type AuditRecord, type StreamName } from '../../src/api/streams';
import { computeHistogram } from '../engine/histogram';
import type { SqlDb } from './db';
import { insertRecords } from './insert';
import { countMatches, searchPage } from './page';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import { searchStatement, type SearchRequest } from './search';
import { countSearch } from './store/count';
import { sqlHistogram } from './store/histogram';
import { streamTables } from './tables';
import { recordsArbitrary } from './testing/records';
import { referenceSearch } from './testing/reference';
import { postgresBinaries, startPostgresCluster, type PostgresCluster } from './testing/postgresCluster';
import { searchArbitrary } from './testing/searchArbitrary';
import { rollupDrift } from './testing/rollupDrift';

const RECORDS_PER_STREAM = 200;
const RUNS_PER_STREAM = Number(process.env.SQL_DIFF_RUNS ?? 800);
const SEED =
  process.env.SQL_DIFF_SEED === undefined ? (Math.random() * 2 ** 31) | 0 : Number(process.env.SQL_DIFF_SEED);
const PATH = process.env.SQL_DIFF_PATH;
/** Pages a walk may take; smaller pages than that are scaled up, or a page of 1 would walk 200 queries. */
const MAX_PAGES = 12;

interface Tally {
  searches: number;
  sqlQueries: number;
  /** searches that matched some but not all records in their range */
  partial: number;
  empty: number;
}

function differential(name: string, open: () => Promise<SqlDb>): void {
  let db: SqlDb;
  const data = new Map<StreamName, AuditRecord[]>();
  const tallies = new Map<StreamName, Tally>();

  beforeAll(async () => {
    db = await open();
    for (const stream of streamNames) {
      const table = streamTables[stream];
      const generated = recordsArbitrary(table, streamContracts[stream].fields, RECORDS_PER_STREAM);
      const [records = []] = fc.sample(generated, { seed: SEED, numRuns: 1 });
      expect(await insertRecords(db, table, records)).toBe(records.length);
      expect(await rollupDrift(db, stream)).toEqual([]);
      data.set(stream, records);
    }
  }, 120_000);

  afterAll(async () => {
    await db.close();
    const sum = (key: keyof Tally): number => [...tallies.values()].reduce((n, t) => n + t[key], 0);
    console.info(
      `SQL differential on ${name}, seed ${SEED}: ${sum('searches')} searches (${sum('partial')} matching some records, ` +
        `${sum('empty')} none), ${sum('sqlQueries')} SQL queries`,
    );
  });

  it.each(streamNames)(
    '%s',
    async (stream) => {
      const contract = streamContracts[stream];
      const table = streamTables[stream];
      const records = data.get(stream) ?? [];
      const tally: Tally = { searches: 0, sqlQueries: 0, partial: 0, empty: 0 };
      tallies.set(stream, tally);
      const search = searchArbitrary(stream, records);

      const property = fc.asyncProperty(
        search,
        async ({ pageSize, range: [from, to], query, sort, buckets, timeZone }) => {
          const request: SearchRequest = { query, sort, from, to };
          tally.searches++;
          const expected = referenceSearch(contract, records, request).map((r) => r.id);

          const all = searchStatement(table, request);
          const { rows } = await db.query<{ id: string }>(all.sql, all.params);
          expect(rows.map((r) => r.id)).toEqual(expected);
          expect(await countMatches(db, table, request)).toBe(expected.length);
          tally.sqlQueries += 2;
          expect(await countSearch(db, { ...request, stream })).toBe(expected.length);
          if (to !== null) {
            const matched = referenceSearch(contract, records, request);
            expect(await sqlHistogram(db, { ...request, stream }, { from, to }, buckets, timeZone)).toEqual(
              computeHistogram(contract, matched, { from, to }, buckets, timeZone),
            );
          }

          const limit = Math.max(pageSize, Math.ceil(expected.length / MAX_PAGES));
          const walked: string[] = [];
          let cursor: string | null = null;
          do {
            const page = await searchPage(db, table, request, { cursor, limit });
            tally.sqlQueries++;
            if (page.nextCursor !== null) expect(page.rows).toHaveLength(limit);
            walked.push(...page.rows.map((r) => r.id));
            cursor = page.nextCursor;
          } while (cursor !== null);
          expect(walked).toEqual(expected);

          const inRange = referenceSearch(contract, records, { ...request, query: { clauses: [] } }).length;
          if (expected.length > 0 && expected.length < inRange) tally.partial++;
          if (expected.length === 0) tally.empty++;
        },
      );

      try {
        await fc.assert(property, {
          numRuns: RUNS_PER_STREAM,
          seed: SEED,
          ...(PATH === undefined ? {} : { path: PATH }),
        });
      } catch (error) {
        if (error instanceof Error) error.message = `Reproduce with SQL_DIFF_SEED=${SEED}\n${error.message}`;
        throw error;
      }
      // queries that match everything or nothing would prove little
      expect(tally.partial / tally.searches).toBeGreaterThan(0.2);
    },
    // generous: what the test promises is its number of runs, however slow the machine
    600_000,
  );
}

describe('SQL search = evaluate.ts + the demo order, on PGlite', () =>
  differential('PGlite', () => openPglite()));

const postgres = postgresBinaries();
if ('missing' in postgres)
  console.warn(`The SQL differential's PostgreSQL run is skipped: ${postgres.missing}.`);

describe.skipIf('missing' in postgres)('SQL search = evaluate.ts + the demo order, on PostgreSQL', () => {
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    if ('bin' in postgres) cluster = await startPostgresCluster(postgres.bin, 'audit_differential');
  }, 120_000);
  afterAll(() => cluster?.stop());
  differential('PostgreSQL', () => openPostgres(cluster?.url ?? ''));
});
