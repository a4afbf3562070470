import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it('prints what toLocaleString("en") prints', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true })), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en'));
      }),
      { numRuns: 2000 },
    );
    for (const n of [0, 7, 999, 1000, 12_345, -1000, 1_000_000, -0])
      expect(formatCount(n)).toBe(n.toLocaleString('en'));
  });
});
