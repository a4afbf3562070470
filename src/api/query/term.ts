/** One word of a query → a term (`-` negating it), or the problem with it. */
import type { Expr, FieldSpec, FieldTerm, Op, QueryError } from './types';
import type { Token } from './lex';
import * as msg from './messages';
import { findClosingQuote, OPERATOR_SYMBOLS, unescapeQuoted } from './syntax';
import { parseTimeLiteral } from './time';

interface RawValue {
  readonly value: string;
  readonly prefix: boolean;
}

export type FieldLookup = ReadonlyMap<string, FieldSpec>;

const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseWord(tok: Token, lookup: FieldLookup, fields: readonly FieldSpec[]): Expr | QueryError {
  const { input } = tok;
  const negate = input[tok.start] === '-';
  const body = negate ? tok.start + 1 : tok.start;
  const term = parseTerm(tok, body, lookup, fields);
  return negate && !isError(term) ? { kind: 'not', operand: term } : term;
}

function parseTerm(
  tok: Token,
  body: number,
  lookup: FieldLookup,
  fields: readonly FieldSpec[],
): Expr | QueryError {
  const { input } = tok;
  if (body === tok.end) return at(tok, 'Expected a word, "phrase", field:value or (…) after "-".');
  if (input[body] === '"') return parseQuotedText(tok, body);
  const word = input.slice(body, tok.end);
  const colon = word.indexOf(':');
  const quoteAt = word.indexOf('"');
  if (quoteAt >= 0 && (colon < 0 || quoteAt < colon)) return misplacedQuote(tok);
  if (colon < 0) return { kind: 'text', value: word };
  const name = word.slice(0, colon);
  if (name === '') return at(tok, 'Expected a field name before ":".');
  const spec = lookup.get(name.toLowerCase());
  if (spec === undefined) return at(tok, msg.unknownField(name, fields));
  return parseFieldTerm(tok, spec, body + colon + 1);
}

function parseQuotedText(tok: Token, open: number): Expr | QueryError {
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
  return { kind: 'text', value };
}

function parseFieldTerm(tok: Token, spec: FieldSpec, from: number): FieldTerm | QueryError {
  const symbol = OPERATOR_SYMBOLS.find(([s]) => tok.input.startsWith(s, from));
  const op: Op = symbol?.[1] ?? 'eq';
  const raw = readValue(tok, from + (symbol?.[0].length ?? 0));
  if (isError(raw)) return raw;
  const problem = valueProblem(spec, op, symbol?.[0] ?? '', raw);
  if (problem !== undefined) return at(tok, problem);
  return { kind: 'field', field: spec.name, op: raw.prefix ? 'prefix' : op, value: raw.value };
}

/** The value after `field:` and any operator: quoted or bare, with an optional trailing `*`. */
function readValue(tok: Token, from: number): RawValue | QueryError {
  const { input } = tok;
  if (from === tok.end) {
    return at(tok, `Expected a value after "${msg.show(input.slice(tok.start, tok.end))}".`);
  }
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

export function at(tok: Token, message: string): QueryError {
  return { message, start: tok.start, end: tok.end };
}

export function isError(x: object): x is QueryError {
  return 'message' in x;
}
