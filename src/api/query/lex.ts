/**
 * Search box text → tokens: words (quotes may hold whitespace and parentheses), the operators
 * AND, OR and NOT in any case, and parentheses. One left-to-right pass.
 */
import type { QueryError } from './types';
import { findClosingQuote, isParen, isSpace, keywordOf, type Keyword } from './syntax';

/** `input.slice(start, end)` is the token's text. */
export interface Token {
  readonly kind: 'word' | Keyword | '(' | '-(' | ')';
  readonly input: string;
  readonly start: number;
  readonly end: number;
}

export function tokenize(input: string): Token[] | QueryError {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    while (at < input.length && isSpace(input.charAt(at))) at++;
    if (at >= input.length) return tokens;
    const token = nextToken(input, at);
    if ('message' in token) return token;
    const glued = gluedParen(input, tokens.at(-1), token);
    if (glued !== undefined) return glued;
    tokens.push(token);
    at = token.end;
  }
}

function nextToken(input: string, start: number): Token | QueryError {
  const ch = input[start];
  if (ch === '(' || ch === ')') return { kind: ch, input, start, end: start + 1 };
  if (ch === '-' && input[start + 1] === '(') return { kind: '-(', input, start, end: start + 2 };
  let end = start;
  while (end < input.length && !isSpace(input.charAt(end)) && !isParen(input[end])) {
    if (input[end] === '"') {
      const close = findClosingQuote(input, end);
      if (close < 0) return { message: 'This quote is never closed.', start, end: input.length };
      end = close + 1;
    } else {
      end++;
    }
  }
  return { kind: keywordOf(input.slice(start, end)) ?? 'word', input, start, end };
}

/**
 * `a(b` and `(a)b` are refused rather than read as `a (b` and `(a) b`: text holding a
 * parenthesis (`Mozilla/5.0(X11)`) must be quoted, and silently splitting it would search
 * for something else. A keyword may touch one: `NOT(a)`.
 */
function gluedParen(input: string, before: Token | undefined, token: Token): QueryError | undefined {
  if (before === undefined || before.end !== token.start) return undefined;
  const opens = token.kind === '(' || token.kind === '-(';
  if (before.kind === 'word' && opens && input[before.end - 1] === ':') {
    const field = input.slice(before.start, before.end - 1).replace(/^-/, '');
    return {
      message: `Parentheses cannot follow "${field}:"; repeat the field, e.g. (${field}:a OR ${field}:b).`,
      start: before.start,
      end: token.end,
    };
  }
  if (before.kind === 'word' && opens) {
    return {
      message: `Put a space before "${token.kind}", or quotes around text that holds a parenthesis.`,
      start: before.start,
      end: token.end,
    };
  }
  if (before.kind === ')' && token.kind === 'word') {
    return {
      message: 'Put a space after ")", or quotes around text that holds a parenthesis.',
      start: before.start,
      end: token.end,
    };
  }
  return undefined;
}
