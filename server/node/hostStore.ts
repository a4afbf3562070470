import type { AuditRecord, StreamName } from '../../src/api/streams';
import type { SessionStore } from '../auth/sessionStore';
import type { AuditStore } from '../engine/types';

/**
 * What the Node host needs of a store: the API's AuditStore, a way to let go of it at shutdown,
 * and, for `--demo`, a bulk insert into a store known to be empty. The SQL store has this shape.
 */
export interface HostStore extends AuditStore {
  close(): Promise<void>;
  /** sign-in sessions, kept where the store keeps its data so that a restart keeps them */
  sessions: SessionStore;
  isEmpty(): Promise<boolean>;
  /** records already stored (same id) are left as they are: a retried batch adds nothing */
  insert(stream: StreamName, records: readonly AuditRecord[]): Promise<{ added: number; existing: number }>;
  /** the database's own upkeep (statistics, checkpoints), hourly and after a bulk load */
  maintain(): Promise<void>;
}

/** Opens the host's store; injected, so that the host is tested against the in-memory store. */
export type StoreFactory = () => Promise<HostStore>;
