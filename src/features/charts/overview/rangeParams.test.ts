import { describe, expect, it } from 'vitest';
import { readComparison, writeRange } from './rangeParams';

describe('the comparison in the overview link', () => {
  it('is a week earlier by default and left out of the link', () => {
    expect(readComparison(new URLSearchParams())).toEqual({ compare: 'week', notice: null });
    expect(writeRange({ from: 'now-24h', to: null }, 'week').has('compare')).toBe(false);
  });

  it('keeps "previous period" in the link', () => {
    const params = writeRange({ from: 'now-7d', to: null }, 'previous');
    expect(params.get('compare')).toBe('previous');
    expect(readComparison(params)).toEqual({ compare: 'previous', notice: null });
  });

  it('says what was wrong with a comparison it does not know', () => {
    const { compare, notice } = readComparison(new URLSearchParams('compare=yesterday'));
    expect(compare).toBe('week');
    expect(notice).toMatch(/“yesterday”.*week, previous/);
  });
});
