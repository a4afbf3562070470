import { streamContracts, type StreamName } from '../src/api/streams';
import { parseSort } from '../src/api/sort';
import { parseQuery } from '../src/api/query';
import { runSearch } from '../server/engine/search';
import { memoryStore } from './store';

/**
 * What `npm run bench` measures inside the page, beside the console itself: the engine's
 * filter and a bare `Array.prototype.filter` over the very same records.
 */
export const benchHooks = {
  /** generates the stream if needed; returns its size */
  prepare(stream: StreamName): number {
    return memoryStore.collection(stream).records.length;
  },
  /** ms of one uncached server-side search (parse, time slice, filter, sort) and its hits */
  engineSearch(stream: StreamName, q: string): { ms: number; hits: number } {
    const contract = streamContracts[stream];
    const parsed = parseQuery(q, contract.fields);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const data = memoryStore.collection(stream);
    const started = performance.now();
    const hits = runSearch(contract, data, {
      query: parsed.query,
      from: null,
      to: null,
      sort: parseSort(contract.defaultSort),
    }).length;
    return { ms: performance.now() - started, hits };
  },
  /** ms of a bare filter by `equals` (field → exact value) over the same records */
  bareFilter(stream: StreamName, equals: Record<string, string>): { ms: number; hits: number } {
    const { records } = memoryStore.collection(stream);
    const entries = Object.entries(equals);
    const started = performance.now();
    const hits = records.filter((r) => entries.every(([k, v]) => r[k] === v)).length;
    return { ms: performance.now() - started, hits };
  },
};
export type BenchHooks = typeof benchHooks;
