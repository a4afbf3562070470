import type { Fingerprint } from '../engine/ingest/fingerprintSecrets';
import type { AuditStore } from '../engine/types';
import type { IdentityOf } from './identity';

export interface ApiOptions {
  /** where every route reads and writes: the in-memory store in the demo, SQL in the server */
  store: AuditStore;
  /** who sent a request; the routes check its permissions and name its user in the audit trail */
  identity: IdentityOf;
  /** told of an error a route threw, before the 500 answer hides it (default: console.error) */
  /**
   * Fingerprints the secrets of ingested events (an HMAC under the server's key). Without it,
   * a key made for this API's life: fingerprints then compare only within it (the demo).
   */
  fingerprint?: Fingerprint;
  onError?: (error: Error, request: Request) => void;
}
