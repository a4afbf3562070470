import { hmacFingerprint } from '../server/engine/ingest/fingerprintSecrets';

/**
 * The demo's fingerprint key: fixed, so a secret's marker is the same after a reload (a copied
 * record still compares). It protects nothing, and needs not: the demo's secrets are made up.
 */
const DEMO_FINGERPRINT_KEY = new TextEncoder().encode('audit-console demo fingerprints!');

export const demoFingerprint = hmacFingerprint(DEMO_FINGERPRINT_KEY);
