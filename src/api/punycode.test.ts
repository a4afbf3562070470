import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostToUnicode, unicodeHostOf } from './punycode';

describe('hostToUnicode', () => {
  it.each([
    ['xn--bcher-kva.de', 'bücher.de'],
    ['xn--exmple-4nf.com', 'exаmple.com'],
    ['xn--mnchen-3ya.xn--bcher-kva.de', 'münchen.bücher.de'],
    ['example.com', 'example.com'],
    ['xn--!!.com', 'xn--!!.com'],
  ])('%s reads as %s', (host, unicode) => {
    expect(hostToUnicode(host)).toBe(unicode);
  });

  it('undoes what new URL encodes, for any Unicode label', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zà-öø-ÿа-я一-龥]{1,12}$/), (label) => {
        const host = new URL(`https://${label}.example/`).hostname;
        expect(hostToUnicode(host)).toBe(`${label}.example`);
      }),
    );
  });

  it('names the Unicode form of a URL only when it differs', () => {
    expect(unicodeHostOf('https://xn--exmple-4nf.com/x')).toBe('exаmple.com');
    expect(unicodeHostOf('https://example.com/x')).toBeNull();
  });
});
