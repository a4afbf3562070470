import { isSecretKey } from '../../../src/api/secretKeys';

/**
 * Secrets in an ingested event are replaced before anything is stored, returned, exported or
 * logged: by this marker with a short keyed fingerprint of the value, so that a diff can still
 * say "secret, changed" or "unchanged" without anyone being able to read or guess the secret.
 */
export const redactedMarker = (fingerprint: string): string => `[redacted:${fingerprint}]`;
const MARKER = /^\[redacted:[0-9a-f]{8}\]$/;

/** Fingerprints a secret's text (8 hex characters); async because Web Crypto is. */
export type Fingerprint = (secret: string) => Promise<string>;

/** Beyond this depth nothing is walked: the value is dropped as one could not check it for secrets. */
const MAX_DEPTH = 64;
export const TOO_DEEP = '[nested too deep to check for secrets]';

/** `"key": "value"` or `"key": 123` in text that is not valid JSON */
const LOOSE_MEMBER = /"((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^,}\]\s]+)/g;

/** `?token=…&a=1`, `;jsessionid=…`: a parameter's name and value inside URLs and paths. */
const URL_PARAM = /([?&;])([^=&#;\s?]+)=([^&#;\s]*)/g;

/**
 * A copy of `value` with every secret replaced by its marker: values under secret keys at any
 * depth, inside strings that hold JSON (an `old_value` of `{"api_key": …}`), and URL parameters
 * with secret names (`/callback?access_token=…`). A value that is already a marker (a quarantined
 * event retried) is kept, so its fingerprint does not change.
 */
export async function fingerprintSecrets<T>(value: T, fingerprint: Fingerprint): Promise<T> {
  const secrets = new Map<string, string>();
  // first collect, then fingerprint all at once: the walk stays synchronous
  replace(value, 0, (secret) => {
    secrets.set(secret, '');
    return '';
  });
  if (secrets.size === 0) return value;
  await Promise.all(
    [...secrets.keys()].map(async (s) => secrets.set(s, redactedMarker(await fingerprint(s)))),
  );
  return replace(value, 0, (secret) => secrets.get(secret) ?? redactedMarker('00000000')) as T;
}

type Mark = (secret: string) => string;

function secretText(value: unknown): string | undefined {
  if (value === null || value === '' || value === undefined) return undefined;
  if (typeof value === 'string') return MARKER.test(value) ? undefined : value;
  return JSON.stringify(value);
}

function replace(value: unknown, depth: number, mark: Mark): unknown {
  if (typeof value === 'string') return replaceInText(value, depth, mark);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = replace(item, depth + 1, mark);
      if (next !== item) (copy ??= value.slice())[i] = next;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const secret = isSecretKey(key) ? secretText(item) : undefined;
    const next = secret !== undefined ? mark(secret) : replace(item, depth + 1, mark);
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

function replaceInText(text: string, depth: number, mark: Mark): string {
  const first = text.charCodeAt(text.search(/\S/));
  if (first === 0x7b || first === 0x5b) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) {
      const next = replace(parsed, depth + 1, mark);
      return next === parsed ? text : JSON.stringify(next);
    }
    // broken JSON (a line a sender cut short) is kept for the owner to read: its secrets still go
    text = text.replace(LOOSE_MEMBER, (whole, key: string, value: string) => {
      const secret = value.startsWith('"') ? value.slice(1, -1) : value;
      if (!isSecretKey(key) || secret === '' || secret === 'null' || MARKER.test(secret)) return whole;
      return `"${key}": "${mark(secret)}"`;
    });
  }
  if (!text.includes('=')) return text;
  return text.replace(URL_PARAM, (whole, lead: string, name: string, secret: string) => {
    if (secret === '' || MARKER.test(safeDecode(secret)) || !isSecretKey(safeDecode(name))) return whole;
    return `${lead}${name}=${mark(safeDecode(secret))}`;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
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
