import { describe, expect, it } from 'vitest';
import type { OverviewFigure } from '../../../api/schemas/overview';
import { figureChange, figureValue } from './figureText';

const count = (
  count: number,
  previousCount: number | null,
  moreIsWorse: boolean | null = true,
): OverviewFigure => ({
  key: 'k',
  label: 'K',
  description: '',
  stream: 'authentication',
  query: '',
  count,
  previousCount,
  per: null,
  moreIsWorse,
});
const rate = (n: number, of: number, before: number, beforeOf: number): OverviewFigure => ({
  ...count(n, before),
  per: { query: '', count: of, previousCount: beforeOf },
});

describe('overview figures', () => {
  it('show counts, and rates of their searches', () => {
    expect(figureValue(count(12345, 0))).toBe('12,345');
    expect(figureValue(rate(15, 1000, 0, 0))).toBe('1.50%');
    expect(figureValue(rate(250, 1000, 0, 0))).toBe('25.0%');
    expect(figureValue(rate(0, 0, 0, 0))).toBe('—');
  });

  it('compare counts in percent and rates in points, coloured by whether more is worse', () => {
    expect(figureChange(count(150, 100))).toEqual({ text: '+50%', tone: 'worse' });
    expect(figureChange(count(50, 100, false))).toEqual({ text: '−50%', tone: 'worse' });
    expect(figureChange(count(150, 100, null))).toEqual({ text: '+50%', tone: 'same' });
    expect(figureChange(count(100, 100))).toEqual({ text: 'no change', tone: 'same' });
    expect(figureChange(count(3, 0))).toEqual({ text: 'new (none before)', tone: 'worse' });
    expect(figureChange(count(3, null))).toBeNull();
    expect(figureChange(rate(20, 1000, 10, 1000))).toEqual({ text: '+1.00 points', tone: 'worse' });
    expect(figureChange(rate(5, 1000, 10, 1000))).toEqual({ text: '−0.50 points', tone: 'better' });
  });
});
