/**
 * The one way a value becomes ClickHouse SQL text. ClickHouse 18.16 has no query parameters,
 * so every value of every statement is written as a literal by these functions, and no other
 * code puts a value into SQL (literal.test.ts holds them to a round trip through a server).
 *
 * A string is written as its bytes: printable ASCII as itself (but `\` and `'` escaped), every
 * other byte as `\xHH`, so the text is ASCII whatever the value holds (NUL, newlines, any
 * Unicode). A lone surrogate, which UTF-8 cannot carry, is written as the three bytes WTF-8
 * gives it, so nothing is lost or replaced on the way.
 *
 * A number that is not a safe integer is written as its IEEE bits, because 18.16 parses some
 * decimal floats (subnormals, long exponents) to a neighbouring value or not at all.
 */

export type Literal = string & { readonly __literal: unique symbol };

export function sqlString(value: string): Literal {
  let out = "'";
  for (const byte of wtf8(value)) {
    if (byte === 0x5c) out += '\\\\';
    else if (byte === 0x27) out += "\\'";
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return `${out}'` as Literal;
}

export function sqlNumber(value: number): Literal {
  if (Number.isNaN(value)) throw new RangeError('NaN has no SQL literal');
  if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value) as Literal;
  return `reinterpretAsFloat64(unhex('${float64Hex(value)}'))` as Literal;
}

/** A whole number in Int64 (an instant in ms, a limit, a bucket index). */
export function sqlInteger(value: number): Literal {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer`);
  return String(value) as Literal;
}

export function sqlStringArray(values: readonly string[]): Literal {
  return `[${values.map(sqlString).join(', ')}]` as Literal;
}

/** `(a, b, …)`, as IN takes a list; never empty (`()` is no list). */
export function sqlStringTuple(values: readonly string[]): Literal {
  if (values.length === 0) throw new RangeError('An empty list has no SQL tuple');
  return `(${values.map(sqlString).join(', ')})` as Literal;
}

/** A float's 8 bytes, little-endian, in hex: what reinterpretAsFloat64(unhex(…)) reads back. */
export function float64Hex(value: number): string {
  const bytes = new DataView(new ArrayBuffer(8));
  bytes.setFloat64(0, value, true);
  return Buffer.from(bytes.buffer).toString('hex');
}

/** UTF-8, except that a lone surrogate is encoded like any other code point below U+10000. */
export function wtf8(value: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    let cp = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (cp >= 0xd800 && cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
      i++;
    }
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      bytes.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return bytes;
}
