import type { AuditRecord, StreamContract } from '../../src/api/streams';
import type { Query } from '../../src/api/query/types';
import type { Collection } from './collection';

/** value (lower case) → positions of the records holding it, ascending (so newest first) */
type Postings = Map<string, Int32Array>;

interface Indexes {
  version: number;
  fields: Map<string, Postings>;
}

const byCollection = new WeakMap<Collection, Indexes>();

/** Primitives only, as the query evaluator compares them (src/api/query/evaluate.ts). */
function key(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return v.toLowerCase();
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v).toLowerCase();
    default:
      return undefined;
  }
}

function build(records: readonly AuditRecord[], field: string): Postings {
  const lists = new Map<string, number[]>();
  const add = (k: string | undefined, i: number) => {
    if (k === undefined) return;
    const list = lists.get(k);
    if (list) {
      // a list-valued field may name one value twice
      if (list[list.length - 1] !== i) list.push(i);
    } else lists.set(k, [i]);
  };
  for (let i = 0; i < records.length; i++) {
    const v = (records[i] as AuditRecord)[field];
    if (Array.isArray(v)) for (const item of v) add(key(item), i);
    else add(key(v), i);
  }
  return new Map([...lists].map(([k, list]) => [k, Int32Array.from(list)]));
}

function postings(data: Collection, field: string): Postings {
  let indexes = byCollection.get(data);
  if (!indexes || indexes.version !== data.version) {
    indexes = { version: data.version, fields: new Map() };
    byCollection.set(data, indexes);
  }
  let found = indexes.fields.get(field);
  if (!found) {
    found = build(data.records, field);
    indexes.fields.set(field, found);
  }
  return found;
}

const NONE = new Int32Array(0);

/**
 * The positions a search need look at, when one of its clauses is a single `field:value` on
 * a keyword field (`event:failure`): every match must hold that value, so the smallest such
 * list of records is all the filter has to test. Null when nothing narrows the search (the
 * filter then reads every record in the time range).
 */
export function candidates(
  contract: StreamContract<AuditRecord>,
  data: Collection,
  query: Query,
): Int32Array | null {
  let best: Int32Array | null = null;
  for (const term of query.clauses) {
    if (term.kind !== 'field' || term.op !== 'eq') continue;
    const spec = contract.fields.find((f) => f.name === term.field);
    if (spec?.type !== 'keyword') continue;
    const list = postings(data, term.field).get(term.value.toLowerCase()) ?? NONE;
    if (best === null || list.length < best.length) best = list;
  }
  return best;
}

/** First position in `list` (ascending) that is >= `at`. */
export function lowerBound(list: Int32Array, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
