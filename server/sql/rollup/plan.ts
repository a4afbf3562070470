import type { Query } from '../../../src/api/query';
import type { StreamName } from '../../../src/api/streams';
import { rollupFilter } from './bands';
import { ceilHour, floorHour, HOUR_MS } from './hour';

/** A time range, epoch ms, both ends inclusive (null: unbounded), as a search has it. */
interface Range {
  readonly from: number | null;
  readonly to: number | null;
}

/** How a count over a range splits between the rollup and the records. */
export interface RollupPlan {
  readonly stream: StreamName;
  /** the band whose cells count (its bit of `matches`), or null for every cell */
  readonly bit: number | null;
  /** the whole hours of the range: hour_ms from `from` (inclusive) to `to` (exclusive) */
  readonly hours: Range;
  /** what is left of the range at either end, each inside one hour: counted from the records */
  readonly edges: readonly { readonly from: number; readonly to: number }[];
}

/**
 * The plan for counting a search, or undefined when the rollup cannot help: its query is not
 * one the rollup counts (bands.ts), the range holds no whole hour, or counts are wanted in
 * buckets that split an hour (`intervalMs` not a multiple of one: the rollup cannot say which
 * part of an hour a record was in). Edges are read from the records, so range ends need not fall
 * on the hour.
 */
export function rollupPlan(
  search: Range & { readonly stream: StreamName; readonly query: Query },
  intervalMs: number = HOUR_MS,
): RollupPlan | undefined {
  if (intervalMs % HOUR_MS !== 0) return undefined;
  const filter = rollupFilter(search.stream, search.query);
  if (filter === undefined) return undefined;
  // time_ms holds whole milliseconds (timeRange.ts rounds the same way)
  const first = search.from === null ? null : Math.ceil(search.from);
  const last = search.to === null ? null : Math.floor(search.to);
  const start = first === null ? null : ceilHour(first);
  const end = last === null ? null : floorHour(last + 1);
  if (start !== null && end !== null && start >= end) return undefined;
  const edges: { from: number; to: number }[] = [];
  if (first !== null && start !== null && first < start) edges.push({ from: first, to: start - 1 });
  if (last !== null && end !== null && end <= last) edges.push({ from: end, to: last });
  return { stream: search.stream, bit: filter.bit, hours: { from: start, to: end }, edges };
}
