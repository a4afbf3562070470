import { parseQuery } from '../../src/api/query';
import { parseSort } from '../../src/api/sort';
import { streamContracts, type StreamName } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import type { RecordSearch } from '../engine/types';
import { badParameter } from './problem';

/**
 * A search as the store runs it, from the parameters the records, histogram, overview and
 * export endpoints share; or a 400 naming the parameter at fault.
 */
export function parseSearch(
  stream: StreamName,
  params: { q: string; from?: string; to?: string; sort?: string },
): RecordSearch | Response {
  const contract = streamContracts[stream];
  const query = parseQuery(params.q, contract.fields);
  if (!query.ok) return badParameter('q', query.error.message);

  const sort = parseSort(params.sort ?? contract.defaultSort);
  if (!(contract.sortable as readonly string[]).includes(sort.field))
    return badParameter('sort', `"${sort.field}" is not a sortable field`);

  const now = Date.now();
  const from = params.from === undefined ? null : parseTimeBound(params.from, now);
  const to = params.to === undefined ? null : parseTimeBound(params.to, now);
  if (from !== null && to !== null && from > to) return badParameter('from', 'must not be after "to"');

  return { stream, query: query.query, from, to, sort };
}
