/**
 * The API engine's store: what every route of the API (server/api) reads and writes through. The in-memory store
 * (memoryStore.ts) is its first implementation; a server with a SQL store implements the same
 * interface, which is why every method returns a Promise even where memory answers at once.
 */
import type { Query } from '../../src/api/query';
import type { Page } from '../../src/api/schemas/common';
import type { Histogram } from '../../src/api/schemas/histogram';
import type { TimelineKey } from '../../src/api/schemas/timeline';
import type { AuditRecord, StreamName } from '../../src/api/streams';
import type { StoredDelivery } from './deliveries';
import type { StoredDestination } from './destinations';
import type { StoredIngestToken } from './ingestTokens';
import type { StoredQuarantined } from './quarantine';
import type { StoredRetention } from './retention';
import type { StoredSavedSearch } from './savedSearches';
import type { Timed } from './timed';

/** One search of one stream, as the records, histogram, overview and export endpoints share it. */
export interface RecordSearch {
  stream: StreamName;
  query: Query;
  /** epoch ms, inclusive; null: unbounded */
  from: number | null;
  to: number | null;
  sort: { field: string; desc: boolean };
}

export interface PageRequest {
  /**
   * The previous page's `nextCursor`, as this store wrote it (null: the first page). Each store
   * has its own kind (an offset in memory, a keyset in SQL), so it refuses any other text by
   * throwing CursorRejected.
   */
  cursor: string | null;
  limit: number;
}

export interface ValueCount {
  value: string;
  count: number;
}

/** A search's records for an export: the total is known before the first record is read. */
export interface RecordStream {
  total: number;
  /** the records in the search's order, a batch at a time: one await per batch, not per record */
  batches: AsyncIterable<readonly AuditRecord[]>;
}

export interface TimelineEntry {
  stream: StreamName;
  /** the record's own time field */
  time: string;
  record: AuditRecord;
}

export interface RecordStore {
  /** one page of a search's matches, with the total of all of them */
  search(search: RecordSearch, page: PageRequest): Promise<Page<AuditRecord>>;
  count(search: RecordSearch): Promise<number>;
  /**
   * a search's matches in buckets over `range`, stacked by the stream's outcome bands; buckets
   * align to the wall clock of `timeZone` (an IANA name, default UTC)
   */
  histogram(
    search: RecordSearch,
    range: { from: number | null; to: number },
    maxBuckets: number,
    timeZone?: string,
  ): Promise<Histogram>;
  /** the most frequent values of `field` among a search's matches, grouped as `field:value` matches */
  topValues(search: RecordSearch, field: string, limit: number): Promise<ValueCount[]>;
  /** the values of `field` in a stream starting with `prefix`, most frequent first */
  facets(stream: StreamName, field: string, prefix: string, limit: number): Promise<ValueCount[]>;
  export(search: RecordSearch): Promise<RecordStream>;
  /** every record tied to a trace, session, token or request, oldest first */
  timeline(
    key: TimelineKey,
    value: string,
    limit: number,
  ): Promise<{ items: TimelineEntry[]; truncated: boolean }>;
  /**
   * Records newer than `after` (epoch ms) that match, newest first, and the instant they are
   * complete up to: the next poll asks from there.
   */
  tail(stream: StreamName, query: Query, after: number): Promise<{ items: AuditRecord[]; until: number }>;
  get(stream: StreamName, id: string): Promise<AuditRecord | undefined>;
  /**
   * Adds records to a stream (ingestion); a record whose id is already stored is left as it is,
   * so a retried batch adds nothing twice. All or none: when it resolves, the records are durable.
   */
  insert(
    stream: StreamName,
    records: readonly AuditRecord[],
    /** epoch ms they arrived at (ingestion): the live tail shows them though their own times are older */
    arrived?: number,
  ): Promise<{ added: number; existing: number }>;
  /** adds a record written now (an audit of the console's own actions); it survives a reload */
  append(stream: StreamName, record: AuditRecord, time: number): Promise<void>;
  /** retention: how many records are older than `cutoff` (epoch ms) */
  countOlderThan(stream: StreamName, cutoff: number): Promise<number>;
  /** retention: removes the records older than `cutoff`; resolves to how many */
  dropOlderThan(stream: StreamName, cutoff: number): Promise<number>;
}

/** A settings document with its version: the ETag a write must name to replace it. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** A retried POST names the key it was first sent with; keys are per scope (a resource and a user). */
export interface IdempotencyKey {
  scope: string;
  key: string;
}

/** What a create made: `created` is false when its key had already made `value`. */
export interface Created<T> extends Versioned<T> {
  created: boolean;
}

/**
 * A write that names the version it replaces. Checking the ETag and writing are one step, so
 * of two writers holding the same version only one succeeds: the other learns the current
 * ETag (undefined: the document is gone).
 */
export type ConditionalWrite = { ok: true; etag: string } | { ok: false; current: string | undefined };

export interface DocumentCollection<T extends { id: string }> {
  list(): Promise<Versioned<T>[]>;
  get(id: string): Promise<Versioned<T> | undefined>;
  /** creates or replaces whatever version is stored; resolves to the new ETag */
  put(value: T): Promise<string>;
  remove(id: string): Promise<boolean>;
  /**
   * Stores a new document and remembers `once` with its id, both or neither: a second create
   * with the same key (a retry, even one racing the first) gets the first one's document back.
   */
  create(value: T, once?: IdempotencyKey): Promise<Created<T>>;
  /** replaces `value.id` if its ETag is still `etag` */
  replace(value: T, etag: string): Promise<ConditionalWrite>;
  /** removes `id` if its ETag is still `etag` (the ETag of a success is '') */
  removeIf(id: string, etag: string): Promise<ConditionalWrite>;
}

/** Creates are not versioned: a retried POST names the key it was sent with the first time. */
export interface IdempotencyKeys {
  /** the id of what a create with this key made, if one did */
  find(scope: string, key: string): Promise<string | undefined>;
}

export interface SettingsStore {
  destinations: DocumentCollection<StoredDestination>;
  /** each destination's last delivery: apart, so that a delivery does not change its ETag */
  deliveries: DocumentCollection<StoredDelivery>;
  retention: DocumentCollection<StoredRetention>;
  savedSearches: DocumentCollection<StoredSavedSearch>;
  /** who may send records to POST /ingest */
  ingestTokens: DocumentCollection<StoredIngestToken>;
  /** ingested events that fit no stream, until an owner retries or discards them */
  quarantine: DocumentCollection<StoredQuarantined>;
  idempotency: IdempotencyKeys;
}

export interface AuditStore extends RecordStore, SettingsStore {
  /** everything back to its first state: records, documents, caches ("Reset demo data") */
  reset(): Promise<void>;
}

/** A stream's records as a source first hands them over. */
export interface GeneratedStream extends Timed<AuditRecord> {
  /** set when older records are still to come: every record at or after it is in `records` */
  completeFrom?: number;
  /** the older records, newest first, made when called */
  older?: (() => Timed<AuditRecord>) | null;
}

export interface Arrival {
  record: AuditRecord;
  time: number;
}

export interface LiveSource {
  /** the records of `stream` timed in (from, upTo], oldest first; a window is asked for once */
  between(stream: StreamName, from: number, upTo: number): Arrival[];
}

/**
 * Where an in-memory store's records come from (the demo world, in the demo). The store asks
 * for a stream when it is first read, and for live records once someone tails a stream.
 */
export interface RecordSource {
  /** a stream's records up to `now` (epoch ms), newest first */
  generate(stream: StreamName, now: number): GeneratedStream;
  /** records that keep arriving after `start` (epoch ms); absent: none do */
  live?(start: number): LiveSource;
  /** the store was reset: forget anything kept between calls */
  reset?(): void;
}
