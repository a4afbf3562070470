import { quarantinedEventSchema, type QuarantinedEvent } from '../../src/api/schemas/ingest';
import { documentStore } from './documents';

/** An event ingestion could not store, kept as received (secrets fingerprinted) until retried or discarded. */
export type StoredQuarantined = QuarantinedEvent;

const isStored = (value: unknown): value is StoredQuarantined =>
  quarantinedEventSchema.safeParse(value).success;

export const quarantineDocuments = () =>
  documentStore<StoredQuarantined>('audit-console.mock.quarantine', isStored, () => []);
