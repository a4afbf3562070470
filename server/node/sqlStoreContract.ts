/**
 * The SQL store's entry point as server/sql/openStore.ts declares it; that module is written on
 * another branch. storeFactory.ts is typed against this copy, so that the host compiles before
 * the two meet; at the merge, the real module replaces it (see main.ts) and this file goes.
 */
import type { AuditRecord, StreamName } from '../../src/api/streams';
import type { AuditStore } from '../engine/types';

export type SqlStore = AuditStore & {
  close(): Promise<void>;
  isEmpty(): Promise<boolean>;
  insert(stream: StreamName, records: readonly AuditRecord[]): Promise<{ added: number; existing: number }>;
};

export type OpenSqlStore = (options: { dataDir?: string; databaseUrl?: string }) => Promise<SqlStore>;
