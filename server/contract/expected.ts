/** What the API must answer for the fixture, computed from the records alone. */
import { parseQuery } from '../../src/api/query';
import { parseSort } from '../../src/api/sort';
import { streamContracts, type AuditRecord, type StreamName } from '../../src/api/streams';
import type { ValueCount } from '../engine/types';
import { referenceSearch } from '../sql/testing/reference';

export interface SearchParams {
  q?: string;
  from?: number | null;
  to?: number | null;
  sort?: string;
}

/** The records a search matches, in its order (the demo's, restated by server/sql/testing). */
export function expectedRecords(
  stream: StreamName,
  records: readonly AuditRecord[],
  params: SearchParams,
): AuditRecord[] {
  const contract = streamContracts[stream];
  const parsed = parseQuery(params.q ?? '', contract.fields);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return referenceSearch(contract, records, {
    query: parsed.query,
    from: params.from ?? null,
    to: params.to ?? null,
    sort: parseSort(params.sort ?? contract.defaultSort),
  });
}

/**
 * A field's values as written, most frequent first, then in JavaScript's order (the memory
 * store's facets); a list's elements each once per record.
 */
export function expectedFacets(
  records: readonly AuditRecord[],
  field: string,
  prefix: string,
  limit: number,
): ValueCount[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = record[field];
    const elements = Array.isArray(value) ? new Set(value) : [value];
    for (const element of elements) {
      if (element === null || element === undefined || element === '' || typeof element === 'object')
        continue;
      counts.set(String(element), (counts.get(String(element)) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .filter(([value]) => value.toLowerCase().startsWith(prefix.toLowerCase()))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));
}
