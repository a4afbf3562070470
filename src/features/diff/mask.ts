import { isSecretKey, SECRET_MARKER } from './secrets';

/** A copy of a JSON value with every value under a secret-looking key replaced by the marker. */
export function maskSecretsDeep(value: unknown, depth = 0): unknown {
  // deeper than any real payload: shown whole rather than recursed into
  if (depth > 100 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => maskSecretsDeep(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    Object.defineProperty(out, key, {
      value: isSecretKey(key) && inner !== null ? SECRET_MARKER : maskSecretsDeep(inner, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
