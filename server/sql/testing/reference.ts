/**
 * The demo's search (mocks' runSearch), restated over a plain array as the oracle the SQL is
 * held to: the time range, compileQuery (evaluate.ts itself), then the demo's order. The server
 * may not import mocks/, hence a restatement; keep it in step with mocks' search.ts.
 *
 * Two things the demo leaves undefined are pinned down, as the SQL does them: records of one
 * instant are in id order (the demo keeps generation order), and a number field is sorted by
 * toNumber() with non-numbers empty (the demo compares "7" and 5 as text but 10 and 5 as numbers,
 * which is no order at all once a field mixes them).
 */
import { compileQuery } from '../../../src/api/query/evaluate';
import { instantOf } from '../../../src/api/query/time';
import { toNumber } from '../../../src/api/query/evaluate';
import type { AuditRecord, StreamContract } from '../../../src/api/streams';
import type { SearchRequest } from '../search';

/** The demo's comparator, but with null and undefined equally empty (the demo puts each after the other). */
function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a).toLowerCase();
  const sb = String(b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export function referenceSearch(
  contract: StreamContract<AuditRecord>,
  records: readonly AuditRecord[],
  request: SearchRequest,
): AuditRecord[] {
  const timeOf = (r: AuditRecord): number => instantOf(String(r[contract.timeField]));
  // the demo's store: newest first
  const newestFirst = [...records].sort(
    (a, b) => timeOf(b) - timeOf(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
  const { from, to, sort } = request;
  const predicate = compileQuery<AuditRecord>(request.query, contract.fields);
  const matched = newestFirst.filter((r) => {
    const t = timeOf(r);
    return (from === null || t >= from) && (to === null || t <= to) && predicate(r);
  });
  if (sort.field === contract.timeField) return sort.desc ? matched : matched.reverse();
  const isNumber = contract.fields.find((f) => f.name === sort.field)?.type === 'number';
  const valueOf = (r: AuditRecord): unknown => {
    if (!isNumber) return r[sort.field];
    const n = toNumber(r[sort.field]);
    return Number.isNaN(n) ? null : n;
  };
  const dir = sort.desc ? -1 : 1;
  // stable: ties stay newest first
  return matched.sort((a, b) => {
    const va = valueOf(a);
    const vb = valueOf(b);
    const c = compare(va, vb);
    // empty values last whatever the direction
    if (va === null || va === undefined || vb === null || vb === undefined) return c;
    return c * dir;
  });
}
