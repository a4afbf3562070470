import type { AuditRecord, StreamContract } from '../../src/api/streams';
import { compileQuery } from '../../src/api/query';
import type { Query } from '../../src/api/query/types';
import { candidates, lowerBound } from './keywordIndex';
import type { Collection } from './collection';

export interface SearchInput {
  query: Query;
  from: number | null;
  to: number | null;
  sort: { field: string; desc: boolean };
}

/** Index range [start, end) of records within [from, to], given times sorted newest first. */
function timeSlice(times: Float64Array, from: number | null, to: number | null): [number, number] {
  // first index whose time <= to
  let lo = 0;
  let hi = times.length;
  if (to !== null) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] ?? 0) > to) lo = mid + 1;
      else hi = mid;
    }
  }
  const start = lo;
  // first index whose time < from
  hi = times.length;
  if (from !== null) {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] ?? 0) >= from) lo = mid + 1;
      else hi = mid;
    }
  } else lo = hi;
  return [start, lo];
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a).toLowerCase();
  const sb = String(b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** All matching records in result order. */
export function runSearch(
  contract: StreamContract<AuditRecord>,
  data: Collection,
  input: SearchInput,
): AuditRecord[] {
  const [start, end] = timeSlice(data.times, input.from, input.to);
  const predicate = compileQuery(input.query, contract.fields);
  const matched: AuditRecord[] = [];
  const { records } = data;
  const narrowed = candidates(contract, data, input.query);
  if (narrowed) {
    for (let k = lowerBound(narrowed, start); k < narrowed.length; k++) {
      const i = narrowed[k] ?? end;
      if (i >= end) break;
      const record = records[i] as AuditRecord;
      if (predicate(record)) matched.push(record);
    }
  } else {
    for (let i = start; i < end; i++) {
      const record = records[i] as AuditRecord;
      if (predicate(record)) matched.push(record);
    }
  }
  const { field, desc } = input.sort;
  if (field === contract.timeField) {
    // already newest first; equal times keep their (stable) generation order
    return desc ? matched : matched.reverse();
  }
  const dir = desc ? -1 : 1;
  // stable sort: ties stay newest first, so paging never repeats or skips a record
  return matched.sort((a, b) => {
    const c = compare(a[field], b[field]);
    // nulls last whatever the direction
    if (a[field] == null || b[field] == null) return c;
    return c * dir;
  });
}
