import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, FREE_TEXT_SEPARATOR, inUnitOrder } from './fold';

/** Postgres's COLLATE "C" order: UTF-8 bytes, which is code-point order. */
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) ?? 0);
  const y = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return Math.sign(x.length - y.length);
}

const byUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const text = fc.string({
  unit: fc.constantFrom('a', 'Z', 'é', 'ｱ', '\uFFFD', '\uFFFF', '😀', '𝄞', '\uD800', '\uDC00'),
});

describe('fold', () => {
  it('lower-cases as JavaScript does, not as Postgres lower()', () => {
    expect(fold('ΣΑΣ')).toBe('σας');
    expect(fold('İ')).toBe('i\u0307');
  });

  it("gives code-point order that is JavaScript's code-unit order", () => {
    fc.assert(
      fc.property(text, text, (a, b) => byCodePoint(inUnitOrder(a), inUnitOrder(b)) === byUnit(a, b)),
    );
  });

  it('keeps equality, prefixes and substrings', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(inUnitOrder(a) === inUnitOrder(b)).toBe(a === b);
        expect(inUnitOrder(a + b).startsWith(inUnitOrder(a))).toBe(true);
        expect(inUnitOrder(`x${a}y`).includes(inUnitOrder(a))).toBe(true);
      }),
    );
  });

  it('never yields the free-text separator, nor half a surrogate pair', () => {
    fc.assert(
      fc.property(text, (a) => {
        const folded = fold(a);
        expect(folded.includes(FREE_TEXT_SEPARATOR)).toBe(false);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(folded)).toBe(
          false,
        );
      }),
    );
  });
});
