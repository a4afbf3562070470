import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY, IsoFormatter, MINUTE } from './timeline';

describe('IsoFormatter', () => {
  const from = Date.UTC(2024, 1, 27, 23, 58); // spans a leap day and month ends
  const to = from + 40 * DAY;
  const iso = new IsoFormatter(from, to);

  it('writes what Date#toISOString writes, inside its range and outside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: from - 3 * DAY, max: to + 3 * DAY }), (ms) => {
        expect(iso.format(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 5000 },
    );
  });

  it('gets the edges of minutes, days and the range right', () => {
    for (const ms of [
      from,
      to,
      from - 1,
      to + 1,
      from + MINUTE - 1,
      Date.UTC(2024, 1, 29),
      Date.UTC(2024, 2, 1) - 1,
    ])
      expect(iso.format(ms)).toBe(new Date(ms).toISOString());
  });

  it('hands fractional instants to Date, which truncates them', () => {
    expect(iso.format(from + 0.5)).toBe(new Date(from + 0.5).toISOString());
  });
});
