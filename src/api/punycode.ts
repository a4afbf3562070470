/**
 * Host names as people read them. A destination's URL is stored as `new URL` writes it, with
 * an internationalised host in punycode (`xn--exmple-4nf.com`), so a look-alike letter (a
 * Cyrillic "а") cannot pass for the Latin one; the console shows that form and, beside it,
 * the Unicode one this decodes (RFC 3492).
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  for (; d > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) d = Math.floor(d / (BASE - T_MIN));
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + 38));
}

function digit(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return BASE;
}

/** One label's punycode (without `xn--`) decoded; null when it is not valid punycode. */
export function decodeLabel(input: string): string | null {
  const dash = input.lastIndexOf('-');
  const output = [...(dash > 0 ? input.slice(0, dash) : '')].map((c) => c.codePointAt(0) ?? 0);
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = dash > 0 ? dash + 1 : 0; pos < input.length;) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const d = digit(input.charAt(pos++));
      if (d >= BASE) return null;
      i += d * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (d < t) break;
      w *= BASE - t;
      if (!Number.isSafeInteger(i) || !Number.isSafeInteger(w)) return null;
    }
    const points = output.length + 1;
    bias = adapt(i - old, points, old === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** `xn--bcher-kva.de` → `bücher.de`; the host itself when no label is punycode. */
export function hostToUnicode(host: string): string {
  return host
    .split('.')
    .map((label) => (/^xn--/i.test(label) ? (decodeLabel(label.slice(4)) ?? label) : label))
    .join('.');
}

/** A URL's host in Unicode when it differs from the stored (punycode) one, else null. */
export function unicodeHostOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  const unicode = hostToUnicode(host);
  return unicode === host ? null : unicode;
}
