import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from './jsonErrorAt';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonErrorAt', () => {
  it('finds no error in text JSON.parse accepts, and one in text it refuses', () => {
    const nearJson = fc.oneof(
      fc.json(),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', ':', '"', 'x', '\\', '\u0001'))
        .map(([text, at, insert]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + insert + text.slice(i + (insert === '' ? 1 : 0));
        }),
      fc.string(),
    );
    fc.assert(
      fc.property(nearJson, (text) => {
        const { at, expected } = jsonErrorAt(text);
        if (parses(text)) expect(expected).toBe('nothing (the text is valid)');
        else {
          expect(expected).not.toBe('nothing (the text is valid)');
          expect(at).toBeLessThanOrEqual(text.length);
          // everything before the error can still become JSON: the error is not reported late
          expect(at).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('points at the first character that cannot continue the text', () => {
    expect(jsonErrorAt('{"a": 1,}')).toEqual({ at: 8, expected: 'a quoted member name' });
    expect(jsonErrorAt('[1 2]')).toEqual({ at: 3, expected: '"," or "]"' });
    expect(jsonErrorAt('{"a" 1}')).toEqual({ at: 5, expected: '":"' });
    expect(jsonErrorAt('[1, 2')).toEqual({ at: 5, expected: '"," or "]"' });
    expect(jsonErrorAt('{} x')).toEqual({ at: 3, expected: 'the end of the text' });
    expect(jsonErrorAt('"\\q"')).toEqual({ at: 1, expected: 'a JSON value' });
    expect(jsonErrorAt('['.repeat(100_000))).toEqual({ at: 100_000, expected: 'a JSON value' });
  });
});
