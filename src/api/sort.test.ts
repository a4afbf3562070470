import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSort, printSort } from './sort';

describe('sort', () => {
  it('reads a leading - as descending', () => {
    expect(parseSort('-time')).toEqual({ field: 'time', desc: true });
    expect(parseSort('email')).toEqual({ field: 'email', desc: false });
  });

  it('prints what it parses', () => {
    const field = fc.stringMatching(/^[a-z_]{1,20}$/);
    fc.assert(
      fc.property(field, fc.boolean(), (f, desc) => {
        expect(parseSort(printSort({ field: f, desc }))).toEqual({ field: f, desc });
      }),
    );
  });
});
