import { isSecretKey } from './secretKeys';

/**
 * The one redaction rule (README, "Secrets"): which values of a record are secrets, wherever they
 * sit. Ingestion (server) and every API response and export apply it; what stands in for a secret
 * is a marker with a short keyed fingerprint, so that a diff can still say "secret, changed" or
 * "unchanged" without anyone being able to read or guess the secret.
 */
export const redactedMarker = (fingerprint: string): string => `[redacted:${fingerprint}]`;
const MARKER = /^\[redacted:[0-9a-f]{8}\]$/;

/** A value that is already a marker is kept as it is, so its fingerprint never changes. */
export const isRedactedMarker = (text: string): boolean => MARKER.test(text);

/** Beyond this depth nothing is walked: the value is dropped as one could not check it for secrets. */
const MAX_DEPTH = 64;
export const TOO_DEEP = '[nested too deep to check for secrets]';

/** `"key": "value"` or `"key": 123` in text that is not valid JSON */
const LOOSE_MEMBER = /"((?:[^"\\]|\\.)*)"\s*:\s*("(?:[^"\\]|\\.)*"?|[^,}\]\s]+)/g;

/** `?token=…&a=1`, `;jsessionid=…`: a parameter's name and value inside URLs and paths. */
const URL_PARAM = /([?&;])([^=&#;\s?]+)=([^&#;\s]*)/g;

/** What stands in for one secret's text (the caller fingerprints it). */
export type Mark = (secret: string) => string;

/**
 * A copy of `value` with every secret replaced by `mark(secret)`: values under secret keys at any
 * depth, inside strings that hold JSON (an `old_value` of `{"api_key": …}`), and URL parameters
 * with secret names (`/callback?access_token=…`). Returns `value` itself when it holds none, so
 * a walk over records without secrets copies nothing.
 */
export function redactSecrets<T>(value: T, mark: Mark): T {
  return replace(value, 0, mark) as T;
}

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
  const object = value as Record<string, unknown>;
  // every record of a response or export comes through here: no entries array per object
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const item = object[key];
    const secret = isSecretKey(key) ? secretText(item) : undefined;
    const next = secret !== undefined ? mark(secret) : replace(item, depth + 1, mark);
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

function replaceInText(text: string, depth: number, mark: Mark): string {
  let first = text.charCodeAt(0);
  if (first <= 0x20) first = text.charCodeAt(text.search(/\S/));
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
