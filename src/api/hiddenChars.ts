/**
 * Characters that change how text reads without being seen: control characters (C0, DEL,
 * C1), bidirectional controls (`invoice\u202Efdp.exe` shows as "invoiceexe.pdf") and
 * invisible or zero-width characters (`ad\u200Bmin` looks like `admin`). The console shows
 * each as a visible token (`⟨U+202E⟩`), the CSV export writes control characters as the same
 * token, and the settings validators refuse them. Variation selectors are left alone: emoji
 * need them and they cannot make one word look like another.
 */

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0x9b: 'control sequence introducer',
  0xad: 'soft hyphen',
  0x34f: 'combining grapheme joiner',
  0x61c: 'Arabic letter mark',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** C0, DEL and C1: Unicode's general category Cc. */
export function isControlChar(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

export function isBidiControl(code: number): boolean {
  return (
    code === 0x61c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Characters drawn as nothing (or as blank space that is not a space). */
function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x206a && code <= 0x206f) ||
    code === 0x3164 ||
    code === 0xfeff ||
    code === 0xffa0 ||
    (code >= 0xfff9 && code <= 0xfffb) ||
    (code >= 0x1d173 && code <= 0x1d17a) ||
    (code >= 0xe0000 && code <= 0xe007f)
  );
}

export function isHiddenChar(code: number): boolean {
  return isControlChar(code) || isBidiControl(code) || isInvisible(code);
}

/** `⟨U+202E⟩`: how a hidden character is shown and written to CSV. */
export function hiddenToken(code: number): string {
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** "right-to-left override", or the kind of character when it has no common name. */
export function hiddenCharName(code: number): string {
  const name = NAMES[code];
  if (name) return name;
  if (isControlChar(code)) return 'control character';
  if (isBidiControl(code)) return 'bidirectional control';
  if (code >= 0xe0000) return 'invisible tag character';
  return 'invisible character';
}

// a quick test first: almost every value has none of these, and the grid renders thousands
const ANY_HIDDEN =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- finding lone control and combining characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}]/u;

export interface HiddenChar {
  code: number;
  /** `⟨U+202E⟩` */
  token: string;
  /** `right-to-left override` */
  name: string;
}

export type TextPart = string | HiddenChar;

/**
 * The text cut into visible runs and hidden characters. `keep` lists characters to leave as
 * they are (a tab; a line feed where the text is shown on several lines).
 */
export function splitHidden(text: string, keep = '\t'): TextPart[] {
  if (!ANY_HIDDEN.test(text)) return [text];
  const parts: TextPart[] = [];
  let run = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (!isHiddenChar(code) || keep.includes(char)) {
      run += char;
      continue;
    }
    if (run) parts.push(run);
    run = '';
    parts.push({ code, token: hiddenToken(code), name: hiddenCharName(code) });
  }
  if (run) parts.push(run);
  return parts;
}

/** The text as a plain string with every hidden character written as its token. */
export function showHidden(text: string, keep = '\t'): string {
  return splitHidden(text, keep)
    .map((part) => (typeof part === 'string' ? part : part.token))
    .join('');
}

/** The first hidden character in the text, for an error message; null when there is none. */
export function firstHiddenChar(text: string, keep = ''): HiddenChar | null {
  return splitHidden(text, keep).find((part): part is HiddenChar => typeof part !== 'string') ?? null;
}
