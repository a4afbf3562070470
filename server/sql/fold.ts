/**
 * Values as the query language compares them, in a form Postgres compares the same way.
 *
 * Lower-casing happens here, in JavaScript, because evaluate.ts uses toLowerCase and Postgres's
 * lower() disagrees with it (ΣΑΣ → σας in JavaScript, σασ in Postgres; İ, ẞ likewise).
 *
 * Then every UTF-16 code unit from U+D800 up is moved up by 0x10000, into planes 1 and 2. The
 * demo sorts with JavaScript's `<`, which orders UTF-16 code units; Postgres with COLLATE "C"
 * orders code points, and the two disagree where a character above U+FFFF (an emoji, as a
 * surrogate pair) meets one in U+E000–U+FFFF. Per code unit, the moved text keeps equality,
 * prefixes and substrings, and its code-point order is the original's code-unit order. Text
 * below U+D800 (ASCII, Latin, Greek, Cyrillic, CJK, Hangul …) is unchanged.
 */

const SHIFT = 0x10000;
const MOVED = /[\uD800-\uFFFF]/;

/** Joins the free-text fields' values in one column; no folded text contains it (it is moved). */
export const FREE_TEXT_SEPARATOR = '\uFFFF';

export function fold(value: string): string {
  return inUnitOrder(value.toLowerCase());
}

export function inUnitOrder(value: string): string {
  if (!MOVED.test(value)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    out += unit >= 0xd800 ? String.fromCodePoint(unit + SHIFT) : value.charAt(i);
  }
  return out;
}
