import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstHiddenChar, isHiddenChar, showHidden, splitHidden } from './hiddenChars';

const hidden = fc.constantFrom(
  ...[0x00, 0x07, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0xad, 0x61c, 0x200b, 0x200d, 0x200e, 0x202a, 0x202e],
  ...[0x2066, 0x2069, 0x2060, 0xfeff, 0xe0041, 0x1d173],
);

describe('hidden characters', () => {
  it('names each by code point and what it is', () => {
    expect(showHidden('invoice\u202Efdp.exe')).toBe('invoice⟨U+202E⟩fdp.exe');
    expect(firstHiddenChar('ad\u200Bmin')).toEqual({
      code: 0x200b,
      token: '⟨U+200B⟩',
      name: 'zero-width space',
    });
    expect(firstHiddenChar('tag\u{e0041}')?.token).toBe('⟨U+E0041⟩');
    expect(firstHiddenChar('plain text')).toBeNull();
  });

  it('shows every hidden character wherever it is, and leaves nothing hidden behind', () => {
    fc.assert(
      fc.property(fc.string(), hidden, fc.string(), (before, code, after) => {
        const text = `${before}${String.fromCodePoint(code)}${after}`;
        const shown = showHidden(text, '');
        expect([...shown].some((c) => isHiddenChar(c.codePointAt(0) ?? 0))).toBe(false);
        expect(firstHiddenChar(text)).not.toBeNull();
      }),
    );
  });

  it('splits text without losing or reordering a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const raw = splitHidden(text)
          .map((part) => (typeof part === 'string' ? part : String.fromCodePoint(part.code)))
          .join('');
        expect(raw).toBe(text);
      }),
    );
  });
});
