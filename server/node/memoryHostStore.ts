import { streamContracts, streamNames, type AuditRecord } from '../../src/api/streams';
import { memorySessions } from '../auth/memorySessions';
import { addOlder } from '../engine/collection';
import { createMemoryStore, type MemoryStore } from '../engine/memoryStore';
import type { HostStore } from './hostStore';

/**
 * The engine's in-memory store with what the host needs beyond the API's store: for the host's
 * tests (and timing --demo without a database). It starts empty; `insert` merges records in by
 * their time, as the SQL store's INSERT … ON CONFLICT (id) DO NOTHING would.
 */
export function memoryHostStore(): HostStore & { memory: MemoryStore; closed: () => boolean } {
  const memory = createMemoryStore({ generate: () => ({ records: [], times: new Float64Array(0) }) });
  let closed = false;
  return {
    ...memory,
    memory,
    closed: () => closed,
    sessions: memorySessions(),
    async close() {
      closed = true;
    },
    // memory has nothing to keep up
    async maintain() {},
    async isEmpty() {
      return streamNames.every((stream) => memory.collection(stream).records.length === 0);
    },
    async insert(stream, records) {
      const target = memory.collection(stream);
      const timeField = streamContracts[stream].timeField;
      const fresh = new Map<string, AuditRecord>();
      for (const record of records) if (!target.byId.has(record.id)) fresh.set(record.id, record);
      const timed = [...fresh.values()]
        .map((record) => ({ record, time: Date.parse(String(record[timeField])) }))
        .sort((a, b) => b.time - a.time);
      addOlder(
        target,
        { records: timed.map((t) => t.record), times: Float64Array.from(timed, (t) => t.time) },
        null,
      );
      return { added: fresh.size, existing: records.length - fresh.size };
    },
  };
}
