import { createApi } from '../server/api/createApi';
import { hmacFingerprint } from '../server/engine/ingest/fingerprintSecrets';
import { demoResetRoutes } from './demoReset';
import { demoIdentity } from './identity';
import { store } from './store';

/**
 * The demo's fingerprint key: fixed, so a secret's marker is the same after a reload (a copied
 * record still compares). It protects nothing, and needs not: the demo's secrets are made up.
 */
export const DEMO_FINGERPRINT_KEY = new TextEncoder().encode('audit-console demo fingerprints!');

/** The server's HTTP API over the demo's store, as the demo's user, with the demo's reset. */
export const api = createApi({
  store,
  identity: demoIdentity,
  fingerprint: hmacFingerprint(DEMO_FINGERPRINT_KEY),
});
api.route('/', demoResetRoutes(store, demoIdentity));
