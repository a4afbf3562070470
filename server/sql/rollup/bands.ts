import type { Query } from '../../../src/api/query';
import { streamContracts, type StreamName } from '../../../src/api/streams';
import { outcomeQueries } from '../../engine/histogram';
import { compileWhere } from '../compile';
import { SqlParams } from '../params';
import { outcomeBand } from '../store/outcomeBand';
import { streamTables } from '../tables';
import { hourOf } from './hour';

/** matches is a Postgres integer, one bit per band. */
const MAX_BANDS = 30;

/** What the rollup keeps of a record, as SQL over its row: its cell. */
export interface RollupCell {
  readonly hour: string;
  /** the bands whose queries the record matches, one bit each */
  readonly matches: string;
  /** the histogram's stack: the first band matched (outcomeBand.ts, which the raw histogram reads) */
  readonly outcome: string;
}

export function rollupCell(stream: StreamName, params: SqlParams): RollupCell {
  return {
    hour: hourOf('time_ms'),
    matches: bandMatches(stream, params),
    outcome: outcomeBand(stream, params),
  };
}

/** A record's `matches`: one bit per outcome query it matches (NULL, as in a WHERE, is no match). */
export function bandMatches(stream: StreamName, params: SqlParams): string {
  const table = streamTables[stream];
  const bands = outcomeQueries(streamContracts[stream]);
  if (bands.length > MAX_BANDS) throw new Error(`${stream} has more outcome bands than the rollup can hold`);
  const bits = bands.map(
    (query, i) => `(CASE WHEN ${compileWhere(query, table, params)} THEN ${2 ** i} ELSE 0 END)`,
  );
  return bits.length === 0 ? '0' : bits.join(' + ');
}

/** The SQL a stream's cells are computed with: stored beside them, to tell when it changed. */
export function rollupDefinition(stream: StreamName): string {
  const params = new SqlParams();
  return JSON.stringify({ ...rollupCell(stream, params), params: params.values });
}

/** A query as the SQL it compiles to: two queries with the same SQL select the same records. */
function compiled(stream: StreamName, query: Query): string {
  const params = new SqlParams();
  return JSON.stringify([compileWhere(query, streamTables[stream], params), params.values]);
}

const bandKeys = new Map<StreamName, string[]>();

/**
 * The cells of the rollup a search's query counts: all of them when it has no terms, those of
 * one band when it is that band's query (an overview figure, a histogram series clicked);
 * undefined when only the records can answer it.
 */
export function rollupFilter(stream: StreamName, query: Query): { readonly bit: number | null } | undefined {
  if (query.clauses.length === 0) return { bit: null };
  let keys = bandKeys.get(stream);
  if (keys === undefined) {
    keys = outcomeQueries(streamContracts[stream]).map((band) => compiled(stream, band));
    bandKeys.set(stream, keys);
  }
  const band = keys.indexOf(compiled(stream, query));
  return band < 0 ? undefined : { bit: 2 ** band };
}
