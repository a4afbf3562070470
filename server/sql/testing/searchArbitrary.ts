/**
 * Random searches of a stream over given records, for the differential tests of every SQL
 * store: queries from the language's own generators fed the records' values, sorts, time
 * ranges near the records' instants (and anywhere), page sizes and histogram buckets.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { exprArbitraries, queryArbitrary } from '../../../src/api/query/arbitraries';
import type { Query } from '../../../src/api/query/types';
import { instantOf } from '../../../src/api/query/time';
import type { Sort } from '../../../src/api/sort';
import { streamContracts, type AuditRecord, type StreamName } from '../../../src/api/streams';
import { outcomeQueries } from '../../engine/histogram';
import { streamTables } from '../tables';
import { valuesFrom } from './queryValues';

export interface RandomSearch {
  query: Query;
  buckets: number;
  /** the IANA zone whose wall clock the histogram's buckets follow */
  timeZone: string;
  sort: Sort;
  range: [number | null, number | null];
  pageSize: number;
}

export function searchArbitrary(
  stream: StreamName,
  records: readonly AuditRecord[],
): Arbitrary<RandomSearch> {
  const contract = streamContracts[stream];
  const table = streamTables[stream];
  const instants = records.map((r) => instantOf(String(r[table.timeField])));
  const bound = fc.option(
    fc.oneof(
      fc.constantFrom(...instants).chain((t) => fc.integer({ min: -1, max: 1 }).map((d) => t + d)),
      fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }),
    ),
    { nil: null, freq: 2 },
  );
  // the API refuses a range whose from is after its to
  const range = fc
    .tuple(bound, bound)
    .map(([a, b]): [number | null, number | null] => (a !== null && b !== null && a > b ? [b, a] : [a, b]));
  const values = valuesFrom(table, records);
  // two levels of AND, OR and NOT (-(a OR b), a OR -b c): deeper trees mostly match all or nothing
  const query = queryArbitrary(contract.fields, values, 2);
  const clause = exprArbitraries(contract.fields, values, 2).notAnd.map((c): Query => ({ clauses: [c] }));
  return fc.record({
    // ANDs of four clauses mostly match nothing: most queries keep one or two
    query: fc.oneof(
      { arbitrary: query, weight: 2 },
      { arbitrary: query.map((q) => ({ clauses: q.clauses.slice(0, 2) })), weight: 3 },
      // one clause: a term, or a nested AND/OR/NOT tree with some records left to match
      { arbitrary: clause, weight: 5 },
      // what the hourly rollup counts
      { arbitrary: fc.constantFrom<Query>({ clauses: [] }, ...outcomeQueries(contract)), weight: 2 },
    ),
    buckets: fc.integer({ min: 10, max: 500 }),
    // buckets on local wall clocks: whole-hour, half-hour and extreme offsets, and DST
    timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Etc/GMT+12'),
    sort: fc.record({ field: fc.constantFrom(...table.sortable), desc: fc.boolean() }),
    range,
    pageSize: fc.integer({ min: 1, max: 40 }),
  });
}
