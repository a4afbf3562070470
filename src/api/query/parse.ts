/**
 * Search box text → Query. One left-to-right pass over whitespace-separated tokens (quotes
 * may hold whitespace); the first problem found is reported with the token it is in.
 */
import { MAX_QUERY_LENGTH } from './types';
import type { FieldSpec, FieldTerm, Op, ParseResult, QueryError, Term } from './types';
import * as msg from './messages';
import { findClosingQuote, isSpace, OPERATOR_SYMBOLS, OR_KEYWORD, unescapeQuoted } from './syntax';
import { parseTimeLiteral } from './time';

/** `input.slice(start, end)` is one token. */
interface Token {
  readonly input: string;
  readonly start: number;
  readonly end: number;
}

interface RawValue {
  readonly value: string;
  readonly prefix: boolean;
}

type FieldLookup = ReadonlyMap<string, FieldSpec>;

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Recent results per field list: the search box, the page, the prefetch and the mock all parse the same text. */
const recent = new WeakMap<readonly FieldSpec[], Map<string, ParseResult>>();
const RECENT_LIMIT = 32;

/**
 * Parses a query. The same text with the same field list gives the very same (immutable) result,
 * so every part of one search shares one parse.
 */
export function parseQuery(input: string, fields: readonly FieldSpec[]): ParseResult {
  let cache = recent.get(fields);
  if (!cache) recent.set(fields, (cache = new Map()));
  let result = cache.get(input);
  if (result === undefined) {
    result = parse(input, fields);
    if (cache.size >= RECENT_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(input, result);
  }
  return result;
}

function parse(input: string, fields: readonly FieldSpec[]): ParseResult {
  // Checked first so a pasted megabyte costs nothing.
  if (input.length > MAX_QUERY_LENGTH) {
    return failure({
      message: msg.tooLong(input.length, MAX_QUERY_LENGTH),
      start: 0,
      end: MAX_QUERY_LENGTH,
    });
  }
  const lookup: FieldLookup = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  const conjuncts: Term[][] = [];
  let pendingOr: Token | undefined;
  for (let tok = nextToken(input, 0); tok !== undefined; tok = nextToken(input, tok.end)) {
    if (isError(tok)) return failure(tok);
    if (slice(tok) === OR_KEYWORD) {
      const problem = orProblem(conjuncts.length > 0, pendingOr !== undefined);
      if (problem !== undefined) return failure(at(tok, problem));
      pendingOr = tok;
      continue;
    }
    const term = parseTerm(tok, lookup, fields);
    if (isError(term)) return failure(term);
    const last = conjuncts.at(-1);
    if (pendingOr !== undefined && last !== undefined) last.push(term);
    else conjuncts.push([term]);
    pendingOr = undefined;
  }
  if (pendingOr !== undefined) return failure(at(pendingOr, '"OR" needs a term after it.'));
  return { ok: true, query: { conjuncts: conjuncts.map((terms) => ({ terms })) } };
}

function orProblem(hasTermBefore: boolean, follows: boolean): string | undefined {
  if (!hasTermBefore) return '"OR" needs a term before it.';
  if (follows) return 'Two "OR"s in a row; put a term between them.';
  return undefined;
}

/** The token starting at or after `from`, undefined at the end, or an unterminated quote. */
function nextToken(input: string, from: number): Token | QueryError | undefined {
  let start = from;
  while (start < input.length && isSpace(input.charAt(start))) start++;
  if (start >= input.length) return undefined;
  let end = start;
  while (end < input.length && !isSpace(input.charAt(end))) {
    if (input[end] === '"') {
      const close = findClosingQuote(input, end);
      if (close < 0) {
        return { message: 'This quote is never closed.', start, end: input.length };
      }
      end = close + 1;
    } else {
      end++;
    }
  }
  return { input, start, end };
}

function parseTerm(tok: Token, lookup: FieldLookup, fields: readonly FieldSpec[]): Term | QueryError {
  const { input } = tok;
  const negate = input[tok.start] === '-';
  const body = negate ? tok.start + 1 : tok.start;
  if (body === tok.end) return at(tok, 'Expected a word, "phrase" or field:value after "-".');
  if (input[body] === '"') return parseQuotedText(tok, body, negate);
  const word = input.slice(body, tok.end);
  const colon = word.indexOf(':');
  const quoteAt = word.indexOf('"');
  if (quoteAt >= 0 && (colon < 0 || quoteAt < colon)) return misplacedQuote(tok);
  if (colon < 0) return { kind: 'text', value: word, negate };
  const name = word.slice(0, colon);
  if (name === '') return at(tok, 'Expected a field name before ":".');
  const spec = lookup.get(name.toLowerCase());
  if (spec === undefined) return at(tok, msg.unknownField(name, fields));
  return parseFieldTerm(tok, spec, body + colon + 1, negate);
}

function parseQuotedText(tok: Token, open: number, negate: boolean): Term | QueryError {
  const close = findClosingQuote(tok.input, open);
  if (close + 1 !== tok.end) {
    const starred = tok.input[close + 1] === '*';
    return at(
      tok,
      starred
        ? '"*" needs a field, e.g. field:"a b"*.'
        : 'Unexpected text after the closing quote; put a space before it.',
    );
  }
  const value = unescapeQuoted(tok.input.slice(open + 1, close));
  if (value === '') return at(tok, 'Empty quotes; put some text between them.');
  return { kind: 'text', value, negate };
}

function parseFieldTerm(tok: Token, spec: FieldSpec, from: number, negate: boolean): FieldTerm | QueryError {
  const symbol = OPERATOR_SYMBOLS.find(([s]) => tok.input.startsWith(s, from));
  const op: Op = symbol?.[1] ?? 'eq';
  const raw = readValue(tok, from + (symbol?.[0].length ?? 0));
  if (isError(raw)) return raw;
  const problem = valueProblem(spec, op, symbol?.[0] ?? '', raw);
  if (problem !== undefined) return at(tok, problem);
  return { kind: 'field', field: spec.name, op: raw.prefix ? 'prefix' : op, value: raw.value, negate };
}

/** The value after `field:` and any operator: quoted or bare, with an optional trailing `*`. */
function readValue(tok: Token, from: number): RawValue | QueryError {
  const { input } = tok;
  if (from === tok.end) return at(tok, `Expected a value after "${msg.show(slice(tok))}".`);
  if (input[from] !== '"') {
    const bare = input.slice(from, tok.end);
    if (bare.includes('"')) return misplacedQuote(tok);
    const prefix = bare.endsWith('*');
    return { value: prefix ? bare.slice(0, -1) : bare, prefix };
  }
  const close = findClosingQuote(input, from);
  const value = unescapeQuoted(input.slice(from + 1, close));
  const rest = input.slice(close + 1, tok.end);
  if (rest === '' || rest === '*') return { value, prefix: rest === '*' };
  return at(tok, 'Unexpected text after the closing quote; only "*" may follow it.');
}

function valueProblem(spec: FieldSpec, op: Op, symbol: string, raw: RawValue): string | undefined {
  const isComparison = op !== 'eq';
  const isString = spec.type === 'keyword' || spec.type === 'text';
  if (raw.value === '') {
    return raw.prefix ? 'Expected some text before "*".' : `Expected a value for "${spec.name}".`;
  }
  if (raw.prefix && isComparison) return `"*" cannot follow a comparison like "${symbol}".`;
  if (isComparison && isString) return msg.comparisonOnString(symbol, spec.name, spec.type);
  if (raw.prefix && !isString) return msg.prefixOnNonString(spec.name, spec.type);
  if (spec.type === 'number' && !isNumeric(raw.value)) return msg.notANumber(raw.value, spec.name);
  if (spec.type === 'time' && parseTimeLiteral(raw.value) === undefined) return msg.notATime(raw.value);
  return undefined;
}

function isNumeric(value: string): boolean {
  return NUMBER_PATTERN.test(value) && Number.isFinite(Number(value));
}

function misplacedQuote(tok: Token): QueryError {
  return at(tok, 'Quotes must wrap a whole word or value, e.g. "a b" or field:"a b".');
}

function slice(tok: Token): string {
  return tok.input.slice(tok.start, tok.end);
}

function at(tok: Token, message: string): QueryError {
  return { message, start: tok.start, end: tok.end };
}

function isError(x: object): x is QueryError {
  return 'message' in x;
}

function failure(error: QueryError): ParseResult {
  return { ok: false, error };
}
