import type { AuditRecord, StreamName } from '../../src/api/streams';
import { streamContracts } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import { parseQuery } from '../../src/api/query';
import { ResultCache, runSearch } from '../engine/search';
import { collection } from '../engine/store';
import { badParameter } from '../problem';

const cache = new ResultCache();

export function clearResultCache(): void {
  cache.clear();
}

/**
 * The matching records of a search, in result order (cached, so every next page or an
 * export of the same search is a slice), or a 400 naming the parameter at fault.
 */
export function searchRequest(
  stream: StreamName,
  params: { q: string; from?: string; to?: string; sort?: string },
): Response | AuditRecord[] {
  const contract = streamContracts[stream];
  const query = parseQuery(params.q, contract.fields);
  if (!query.ok) return badParameter('q', query.error.message);

  const sortSpec = params.sort ?? contract.defaultSort;
  const sortField = sortSpec.replace(/^-/, '');
  if (!(contract.sortable as readonly string[]).includes(sortField))
    return badParameter('sort', `"${sortField}" is not a sortable field`);

  const now = Date.now();
  const fromMs = params.from === undefined ? null : parseTimeBound(params.from, now);
  const toMs = params.to === undefined ? null : parseTimeBound(params.to, now);
  if (fromMs !== null && toMs !== null && fromMs > toMs)
    return badParameter('from', 'must not be after "to"');

  const data = collection(stream, fromMs);
  const key = JSON.stringify([stream, data.version, params.q, fromMs, toMs, sortSpec]);
  return cache.get(key, () =>
    runSearch(contract, data, {
      query: query.query,
      from: fromMs,
      to: toMs,
      sort: { field: sortField, desc: sortSpec.startsWith('-') },
    }),
  );
}
