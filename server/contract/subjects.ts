/**
 * The stores the contract suite runs on, each holding the fixture: the memory store (its
 * records from a RecordSource, as in the demo), and the SQL store on PGlite or on PostgreSQL
 * (its records inserted, as a server's would be).
 */
import { streamContracts, streamNames, type AuditRecord, type StreamName } from '../../src/api/streams';
import { createMemoryStore } from '../engine/memoryStore';
import type { AuditStore, RecordSource } from '../engine/types';
import { openClickHouseStore } from '../clickhouse/openStore';
import type { ClickHouseConfig } from '../clickhouse/db';
import { openSqlStore } from '../sql/openStore';

export interface Subject {
  readonly store: AuditStore;
  /** the fixture back in a reset store */
  load(): Promise<void>;
  close(): Promise<void>;
}

export type Fixture = Record<StreamName, AuditRecord[]>;

function fixtureSource(fixture: Fixture): RecordSource {
  return {
    generate(stream) {
      const records = fixture[stream];
      const field = streamContracts[stream].timeField;
      return {
        records: [...records],
        times: Float64Array.from(records, (r) => Date.parse(String(r[field]))),
      };
    },
  };
}

export async function memorySubject(fixture: Fixture): Promise<Subject> {
  const store = createMemoryStore(fixtureSource(fixture));
  // the memory store makes its records from the source whenever it is reset
  return { store, load: async () => undefined, close: async () => undefined };
}

/** PGlite in memory without `databaseUrl`. */
export async function sqlSubject(fixture: Fixture, databaseUrl?: string): Promise<Subject> {
  return loadedSubject(fixture, await openSqlStore(databaseUrl === undefined ? {} : { databaseUrl }));
}

/** Records on a ClickHouse cluster, settings in PGlite in memory. */
export async function clickHouseSubject(fixture: Fixture, config: ClickHouseConfig): Promise<Subject> {
  return loadedSubject(fixture, await openClickHouseStore(config, await openSqlStore({})));
}

async function loadedSubject(fixture: Fixture, store: AuditStore & Pick<Subject, 'close'>): Promise<Subject> {
  return {
    store,
    async load() {
      for (const stream of streamNames) {
        const { added } = await store.insert(stream, fixture[stream]);
        if (added !== fixture[stream].length) throw new Error(`${stream}: ${added} of the fixture went in`);
      }
    },
    close: () => store.close(),
  };
}
