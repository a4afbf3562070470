/**
 * Lexical rules shared by the parser and the printer. Both import them from here so that
 * whatever the printer writes bare, the parser reads back as the same value.
 */
import type { Op } from './types';

/** Operators, case-insensitively, when a whole word stands alone; `"or"` searches the word. */
export type Keyword = 'and' | 'or' | 'not';

export function keywordOf(word: string): Keyword | undefined {
  const lower = word.toLowerCase();
  return lower === 'and' || lower === 'or' || lower === 'not' ? lower : undefined;
}

/** Parentheses group outside quotes, wherever they stand, so a value holding one is quoted. */
export function isParen(ch: string | undefined): boolean {
  return ch === '(' || ch === ')';
}

export type Comparison = Exclude<Op, 'eq' | 'prefix'>;

/** Two-character symbols first, so `>=` is not read as `>` followed by a value `=…`. */
export const OPERATOR_SYMBOLS: readonly (readonly [string, Exclude<Op, 'prefix'>])[] = [
  ['>=', 'gte'],
  ['<=', 'lte'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['=', 'eq'],
];

export const COMPARISON_SYMBOL: Readonly<Record<Comparison, string>> = {
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};

const SPACE = /\s/;

export function isSpace(ch: string): boolean {
  return SPACE.test(ch);
}

/**
 * Index of the quote closing the one at `open`, or -1. A backslash always skips the next
 * character, which agrees with `unescapeQuoted` for `\"`, `\\` and literal `\x` alike.
 */
export function findClosingQuote(input: string, open: number): number {
  for (let i = open + 1; i < input.length; i++) {
    const ch = input[i];
    if (ch === '\\') i++;
    else if (ch === '"') return i;
  }
  return -1;
}

/** `\"` and `\\` are escapes; any other backslash is kept, so Windows paths survive. */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\')) return raw;
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    const next = raw[i + 1];
    if (ch === '\\' && (next === '"' || next === '\\')) {
      out += next;
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

export function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function hasSpace(value: string): boolean {
  for (const ch of value) if (isSpace(ch)) return true;
  return false;
}

/** Characters that are never safe bare, in text or in field values. */
function isCommonlyBare(value: string): boolean {
  return (
    value !== '' &&
    !value.endsWith('*') &&
    !value.includes('(') &&
    !value.includes(')') &&
    !value.includes('"') &&
    !value.includes('\\') &&
    !hasSpace(value)
  );
}

/**
 * A bare word would become a field term if it had `:`, negated if it began with `-`, and an
 * operator if it were one.
 */
export function isBareText(value: string): boolean {
  return (
    isCommonlyBare(value) && !value.includes(':') && !value.startsWith('-') && keywordOf(value) === undefined
  );
}

/**
 * After `field:` a leading `>`, `<` or `=` would be read as an operator. A leading `-` and
 * `:` are fine there, which keeps `duration:>=-5` and `time:>2026-11-01T10:00` readable.
 */
export function isBareFieldValue(value: string): boolean {
  return isCommonlyBare(value) && !/^[<>=]/.test(value);
}
