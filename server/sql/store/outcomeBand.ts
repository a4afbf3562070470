import { streamContracts, type StreamName } from '../../../src/api/streams';
import { outcomeQueries } from '../../engine/histogram';
import { compileWhere } from '../compile';
import type { SqlParams } from '../params';
import { streamTables } from '../tables';

/**
 * The index of a row's outcome band, as SQL: the first of the contract's outcome queries it
 * matches, or one past the last ("Other"). The bands are the contract's own queries compiled
 * like any search, so a stack of the histogram is exactly its band's search; a query that is
 * NULL for a row (a missing number) does not match, as in the evaluator.
 */
export function outcomeBand(stream: StreamName, params: SqlParams): string {
  const table = streamTables[stream];
  const bands = outcomeQueries(streamContracts[stream]);
  if (bands.length === 0) return '0';
  const cases = bands.map((query, i) => `WHEN ${compileWhere(query, table, params)} THEN ${i}`);
  return `CASE ${cases.join(' ')} ELSE ${bands.length} END`;
}
