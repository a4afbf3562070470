import type { AuditRecord, StreamName } from '../../src/api/streams';
import { withSenderDefaults } from '../../src/api/streams/senderDefaults';
import { Arrivals } from './arrivals';
import {
  addOlder,
  collectionOf,
  dropBefore,
  insertArrivals,
  insertNewest,
  type Collection,
} from './collection';
import { loadAppended, saveAppended } from './persistence';
import type { Timed } from './timed';
import type { RecordSource } from './types';

export interface MemoryRecords {
  /**
   * A stream's records. `needFrom` (epoch ms) says which records the caller reads: all of those
   * at or after it must be there. A search of the last day then does not wait for a month of
   * records to be generated; `null` (any other use) gets every record.
   */
  collection(stream: StreamName, needFrom?: number | null): Collection;
  append(stream: StreamName, record: AuditRecord, time: number): void;
  /** records keep arriving from `at` on (once started, until reset) */
  startArrivals(at: number): void;
  /** drops every record, to be made again on next use */
  reset(): void;
}

/**
 * The streams of an in-memory store: made by the source on first use, with what users wrote
 * (kept across reloads) and without what retention removed.
 */
export function memoryRecords(
  source: RecordSource,
  /** records older than this (epoch ms) are past the stored retention policy; null: none */
  retentionCutoff: (stream: StreamName) => number | null,
): MemoryRecords {
  const collections = new Map<StreamName, Collection>();
  /** the older records of a stream whose recent ones were generated first */
  const pending = new Map<StreamName, { completeFrom: number; older: () => Timed<AuditRecord> }>();
  let anchor: number | null = null;
  let arrivals: Arrivals | null = null;

  /** Data ends at the minute the store started; ids stay put across reloads, times shift with the clock. */
  const now = (): number => (anchor ??= Math.floor(Date.now() / 60_000) * 60_000);

  function build(stream: StreamName): Collection {
    const generated = source.generate(stream, now());
    const built = collectionOf(generated);
    collections.set(stream, built);
    if (generated.older && generated.completeFrom !== undefined) {
      pending.set(stream, { completeFrom: generated.completeFrom, older: generated.older });
      completeWhenIdle(stream);
    }
    // records written by users of the mock (e.g. audits of exports) survive a reload; one kept
    // by an older version may lack a field added since, which it then has as null
    for (const { record, time } of loadAppended(stream))
      insertNewest(built, withSenderDefaults(stream, record), time);
    // what the retention policy removed stays removed after a reload
    const cutoff = retentionCutoff(stream);
    if (cutoff !== null) dropBefore(built, cutoff);
    return built;
  }

  function collection(stream: StreamName, needFrom: number | null = null): Collection {
    const found = collections.get(stream) ?? build(stream);
    const rest = pending.get(stream);
    if (rest && (needFrom === null || needFrom < rest.completeFrom)) {
      pending.delete(stream);
      addOlder(found, rest.older(), retentionCutoff(stream));
    }
    catchUp(stream, found);
    return found;
  }

  /**
   * In a page, the rest of a stream whose recent records came first is generated once the page
   * has shown what it asked for and is idle; elsewhere (tests) when a request needs it.
   */
  function completeWhenIdle(stream: StreamName): void {
    if (typeof requestIdleCallback !== 'function') return;
    setTimeout(() => {
      // not if the store was reset meanwhile: the next page asks for what it needs
      requestIdleCallback(() => void (pending.has(stream) && collection(stream)), { timeout: 2000 });
    }, 1000);
  }

  /** Live arrivals whose time has come go in before anyone reads. */
  function catchUp(stream: StreamName, target: Collection): void {
    if (arrivals) insertArrivals(target, arrivals.take(stream, Date.now()));
  }

  return {
    collection,
    append(stream, given, time) {
      // as ingest stores it: a field the writer left out is null, never absent
      const record = withSenderDefaults(stream, given);
      // A stream not generated yet picks the record up from storage when it is built:
      // writing an audit record must not cost generating a whole stream.
      const built = collections.get(stream);
      if (built) {
        catchUp(stream, built);
        insertNewest(built, record, time);
      }
      saveAppended(stream, record, time);
    },
    startArrivals(at) {
      if (arrivals || !source.live) return;
      const start = Math.floor(at);
      arrivals = new Arrivals(source.live(start), start);
    },
    reset() {
      collections.clear();
      pending.clear();
      source.reset?.();
      arrivals = null;
      anchor = null;
    },
  };
}
