import { redactSecrets, redactedMarker } from '../../../src/api/redaction';

/** Fingerprints a secret's text (8 hex characters); async because Web Crypto is. */
export type Fingerprint = (secret: string) => Promise<string>;

/**
 * A copy of `value` with every secret (the contract's rule, src/api/redaction.ts) replaced by its
 * marker: before ingestion stores an event, and before any API response or export carries a
 * record. A marker already there (a quarantined event retried) is kept.
 */
export async function fingerprintSecrets<T>(value: T, fingerprint: Fingerprint): Promise<T> {
  const secrets = new Map<string, string>();
  // first collect, then fingerprint all at once: the walk stays synchronous
  redactSecrets(value, (secret) => {
    secrets.set(secret, '');
    return '';
  });
  if (secrets.size === 0) return value;
  await Promise.all(
    [...secrets.keys()].map(async (s) => secrets.set(s, redactedMarker(await fingerprint(s)))),
  );
  return redactSecrets(value, (secret) => secrets.get(secret) ?? redactedMarker('00000000'));
}

/** Fingerprints with HMAC-SHA-256 under `key`: without the key, a fingerprint says nothing of the secret. */
export function hmacFingerprint(key: Uint8Array<ArrayBuffer>): Fingerprint {
  const imported = crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (secret) => {
    const mac = await crypto.subtle.sign('HMAC', await imported, new TextEncoder().encode(secret));
    return [...new Uint8Array(mac, 0, 4)].map((b) => b.toString(16).padStart(2, '0')).join('');
  };
}

/** For a route built without a key: refuses rather than fingerprint under a key nobody keeps. */
export const missingKey: Fingerprint = () =>
  Promise.reject(new Error('no fingerprint key was given to the API'));
