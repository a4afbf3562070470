import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NICE_INTERVALS, chooseInterval } from './histogramIntervals';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('chooseInterval', () => {
  it('picks round intervals for the quick ranges, each giving 30 to 120 buckets', () => {
    const cases: [number, string][] = [
      [15 * MINUTE, '10 seconds'],
      [HOUR, '1 minute'],
      [DAY, '15 minutes'],
      [7 * DAY, '3 hours'],
      [30 * DAY, '12 hours'],
    ];
    for (const [span, label] of cases) {
      const interval = chooseInterval(span);
      expect(interval.label).toBe(label);
      const buckets = Math.ceil(span / interval.ms);
      expect(buckets).toBeGreaterThanOrEqual(30);
      expect(buckets).toBeLessThanOrEqual(120);
    }
  });

  it('never gives more buckets than asked for, and always the smallest nice interval that fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 * 365 * DAY }),
        fc.integer({ min: 10, max: 500 }),
        (span, max) => {
          const interval = chooseInterval(span, max);
          expect(Math.ceil(span / interval.ms) + 1).toBeLessThanOrEqual(max);
          const smaller = NICE_INTERVALS.filter((i) => i.ms < interval.ms);
          for (const s of smaller) expect(Math.ceil(span / s.ms) + 1).toBeGreaterThan(max);
        },
      ),
    );
  });
});
