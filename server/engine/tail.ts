import type { Query } from '../../src/api/query';
import type { AuditRecord, StreamContract } from '../../src/api/streams';
import type { Collection } from './collection';
import { runSearch } from './search';

/** at most this many records per answer; the rest come with the next poll */
export const TAIL_LIMIT = 2000;

/**
 * How far back a tail looks again for records that arrived late (ingested with older times):
 * a batch's transaction may commit this long after its arrival instant and still be shown.
 * The windows overlap by this much; the console drops a record it already shows (by id).
 */
export const ARRIVAL_GRACE_MS = 5_000;

/**
 * The records after `after` that match, newest first, complete up to `until`. Complete up to a
 * millisecond before `now`: a record written later this very millisecond must fall in the next
 * poll's window, not behind this one.
 */
export function tailWindow(
  contract: StreamContract<AuditRecord>,
  data: Collection,
  query: Query,
  after: number,
  now: number,
): { items: AuditRecord[]; until: number } {
  let until = Math.max(after, now - 1);
  let items = runSearch(contract, data, {
    query,
    from: after + 1,
    to: until,
    sort: { field: contract.timeField, desc: true },
  });
  if (items.length > TAIL_LIMIT) {
    // cut between two instants, so the next window starts exactly where this one ends
    const timeOf = (i: number) => Date.parse(String(items[i]?.[contract.timeField]));
    const boundary = timeOf(items.length - 1 - TAIL_LIMIT);
    const kept = items.filter((_, i) => timeOf(i) < boundary);
    if (kept.length > 0) {
      items = kept;
      until = boundary - 1;
    }
  }
  return { items, until };
}
