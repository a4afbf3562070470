import { describe, expect, it, vi } from 'vitest';
import { FIELDS } from './arbitraries';
import { MAX_NESTING, parseQuery } from './parse';
import type * as Syntax from './syntax';
import { MAX_QUERY_LENGTH } from './types';
import type { Expr, Op, Query, QueryError, Term } from './types';

/**
 * How many characters the tokenizer has looked at: each space test is one, and a search for
 * a closing quote counts every character it passes. A deterministic measure of the parser's
 * work, where a time limit would fail on a busy machine and pass a quadratic rescan of 2,000
 * characters on a fast one.
 */
const scanned = vi.hoisted(() => ({ count: 0 }));

vi.mock('./syntax', async (importOriginal) => {
  const syntax = await importOriginal<typeof Syntax>();
  return {
    ...syntax,
    isSpace: (ch: string) => {
      scanned.count++;
      return syntax.isSpace(ch);
    },
    findClosingQuote: (input: string, open: number) => {
      const close = syntax.findClosingQuote(input, open);
      scanned.count += (close < 0 ? input.length : close) - open;
      return close;
    },
  };
});

function parse(input: string): Query {
  const result = parseQuery(input, FIELDS);
  if (!result.ok) throw new Error(`expected "${input}" to parse: ${result.error.message}`);
  return result.query;
}

function parseError(input: string): QueryError {
  const result = parseQuery(input, FIELDS);
  if (result.ok) throw new Error(`expected "${input}" to fail, got ${JSON.stringify(result.query)}`);
  return result.error;
}

/** The single clause of a one-clause query. */
function term(input: string): Expr {
  const q = parse(input);
  expect(q.clauses).toHaveLength(1);
  const [c] = q.clauses;
  if (c === undefined) throw new Error('no clause');
  return c;
}

const text = (value: string, negate = false): Expr => maybeNot({ kind: 'text', value }, negate);
const field = (name: string, op: Op, value: string, negate = false): Expr =>
  maybeNot({ kind: 'field', field: name, op, value }, negate);
const maybeNot = (t: Term, negate: boolean): Expr => (negate ? not(t) : t);
const not = (operand: Expr): Expr => ({ kind: 'not', operand });
const and = (...operands: Expr[]): Expr => ({ kind: 'and', operands });
const or = (...operands: Expr[]): Expr => ({ kind: 'or', operands });

describe('parseQuery: structure', () => {
  it('reads empty and whitespace-only input as no clauses', () => {
    expect(parse('')).toEqual({ clauses: [] });
    expect(parse(' \t\n ')).toEqual({ clauses: [] });
  });

  it('ANDs whitespace-separated terms, one clause each', () => {
    expect(parse('  a \t b\nc ')).toEqual({ clauses: [text('a'), text('b'), text('c')] });
    expect(parse('a AND b and c')).toEqual(parse('a b c'));
  });

  it('binds AND, written or implied, tighter than OR', () => {
    expect(parse('a b OR c d')).toEqual({
      clauses: [or(and(text('a'), text('b')), and(text('c'), text('d')))],
    });
    expect(parse('a AND b OR c')).toEqual({ clauses: [or(and(text('a'), text('b')), text('c'))] });
    expect(parse('a OR b OR event:x')).toEqual({
      clauses: [or(text('a'), text('b'), field('event', 'eq', 'x'))],
    });
  });

  it('accepts and, or and not in any case', () => {
    expect(parse('event:mfa or event:password')).toEqual(parse('event:mfa OR event:password'));
    expect(parse('a Or b aNd not c')).toEqual(parse('a OR b AND NOT c'));
    expect(parse('a or b').clauses).toHaveLength(1);
  });

  it('searches for the words themselves when quoted', () => {
    expect(term('"or"')).toEqual(text('or'));
    expect(term('"OR"')).toEqual(text('OR'));
    expect(parse('a "and" b')).toEqual({ clauses: [text('a'), text('and'), text('b')] });
    expect(term('-OR')).toEqual(text('OR', true));
    expect(term('event:or')).toEqual(field('event', 'eq', 'or'));
  });

  it('binds NOT tightest, and reads "-" as NOT', () => {
    expect(parse('NOT a b')).toEqual({ clauses: [not(text('a')), text('b')] });
    expect(parse('NOT a OR b')).toEqual({ clauses: [or(not(text('a')), text('b'))] });
    expect(parse('NOT a')).toEqual(parse('-a'));
    expect(parse('NOT NOT a')).toEqual({ clauses: [not(not(text('a')))] });
  });

  it('groups with parentheses, negated by NOT or "-"', () => {
    expect(parse('(a OR b) c')).toEqual({ clauses: [or(text('a'), text('b')), text('c')] });
    expect(parse('a (b OR c)')).toEqual({ clauses: [text('a'), or(text('b'), text('c'))] });
    expect(parse('NOT (a OR b)')).toEqual({ clauses: [not(or(text('a'), text('b')))] });
    expect(parse('-(a OR b)')).toEqual(parse('NOT (a OR b)'));
    expect(parse('NOT(a)')).toEqual(parse('NOT a'));
    expect(parse('(event:mfa OR event:password) -(email:bob)')).toEqual({
      clauses: [
        or(field('event', 'eq', 'mfa'), field('event', 'eq', 'password')),
        field('email', 'eq', 'bob', true),
      ],
    });
    expect(parse('-(a b) OR c')).toEqual({ clauses: [or(not(and(text('a'), text('b'))), text('c'))] });
  });

  it('flattens groups that change nothing', () => {
    expect(parse('((a))')).toEqual(parse('a'));
    expect(parse('(a b) c')).toEqual(parse('a b c'));
    expect(parse('a OR (b OR c)')).toEqual(parse('a OR b OR c'));
    expect(parse('(a OR b) OR (c d)')).toEqual({
      clauses: [or(text('a'), text('b'), and(text('c'), text('d')))],
    });
  });

  it('keeps parentheses inside quotes as text', () => {
    expect(term('"(a)"')).toEqual(text('(a)'));
    expect(term('user_agent:"Mozilla/5.0 (X11)"')).toEqual(field('user_agent', 'eq', 'Mozilla/5.0 (X11)'));
    expect(parse('("a)" OR b)')).toEqual({ clauses: [or(text('a)'), text('b'))] });
  });

  it(`nests up to ${MAX_NESTING} parentheses and NOTs`, () => {
    const deep = `${'('.repeat(MAX_NESTING)}a${')'.repeat(MAX_NESTING)}`;
    expect(parse(deep)).toEqual(parse('a'));
    expect(parseError(`(${deep})`)).toMatchObject({
      message: expect.stringContaining('Too deeply nested'),
      start: MAX_NESTING,
      end: MAX_NESTING + 1,
    });
    expect(parseError('NOT '.repeat(MAX_NESTING + 1) + 'a').message).toContain('Too deeply nested');
  });
});

describe('parseQuery: text terms', () => {
  it('reads bare words, phrases and their negations', () => {
    expect(term('firefox')).toEqual(text('firefox'));
    expect(term('"login failed"')).toEqual(text('login failed'));
    expect(term('-firefox')).toEqual(text('firefox', true));
    expect(term('-"login failed"')).toEqual(text('login failed', true));
  });

  it('keeps case and unicode', () => {
    expect(term('FireFox')).toEqual(text('FireFox'));
    expect(term('"Zoë 😀"')).toEqual(text('Zoë 😀'));
  });

  it('treats a quoted string as text even with a colon', () => {
    expect(term('"event:success"')).toEqual(text('event:success'));
    expect(term('"http://x"')).toEqual(text('http://x'));
  });

  it('unescapes \\" and \\\\ and keeps other backslashes', () => {
    expect(term('"say \\"hi\\""')).toEqual(text('say "hi"'));
    expect(term('"a\\\\b"')).toEqual(text('a\\b'));
    expect(term('"C:\\temp"')).toEqual(text('C:\\temp'));
    expect(term('"ends with \\\\"')).toEqual(text('ends with \\'));
  });

  it('reads a bare word with a trailing * literally', () => {
    expect(term('fire*')).toEqual(text('fire*'));
  });
});

describe('parseQuery: field terms', () => {
  it('reads field:value, negated, quoted and prefix forms', () => {
    expect(term('event:success')).toEqual(field('event', 'eq', 'success'));
    expect(term('-event:success')).toEqual(field('event', 'eq', 'success', true));
    expect(term('user_agent:"Mozilla 5.0"')).toEqual(field('user_agent', 'eq', 'Mozilla 5.0'));
    expect(term('email:bob*')).toEqual(field('email', 'prefix', 'bob'));
    expect(term('email:"a b"*')).toEqual(field('email', 'prefix', 'a b'));
    expect(term('-email:bob*')).toEqual(field('email', 'prefix', 'bob', true));
  });

  it('normalises field names case-insensitively but keeps value case', () => {
    expect(term('EVENT:Success')).toEqual(field('event', 'eq', 'Success'));
    expect(term('User_Agent:X')).toEqual(field('user_agent', 'eq', 'X'));
  });

  it('reads comparisons on number and time fields', () => {
    expect(term('duration:>=10')).toEqual(field('duration', 'gte', '10'));
    expect(term('duration:>10')).toEqual(field('duration', 'gt', '10'));
    expect(term('duration:<10')).toEqual(field('duration', 'lt', '10'));
    expect(term('duration:<=10.5')).toEqual(field('duration', 'lte', '10.5'));
    expect(term('duration:>=-5')).toEqual(field('duration', 'gte', '-5'));
    expect(term('status:404')).toEqual(field('status', 'eq', '404'));
    expect(term('status:=404')).toEqual(field('status', 'eq', '404'));
    expect(term('duration:>"10"')).toEqual(field('duration', 'gt', '10'));
    expect(term('time:>2026-11-01T10:00')).toEqual(field('time', 'gt', '2026-11-01T10:00'));
  });

  it('accepts the documented time formats', () => {
    for (const value of [
      '2026-11-01',
      '2026-11-01T10:00',
      '2026-11-01T10:00:00Z',
      '2026-11-01T10:00:00.123+02:00',
      '2024-02-29',
    ]) {
      expect(term(`time:<=${value}`)).toEqual(field('time', 'lte', value));
      expect(term(`time:${value}`)).toEqual(field('time', 'eq', value));
    }
  });

  it('keeps colons and other characters after the first colon in the value', () => {
    expect(term('event:a:b')).toEqual(field('event', 'eq', 'a:b'));
    expect(term('user_agent:a*b')).toEqual(field('user_agent', 'eq', 'a*b'));
    expect(term('event:OR')).toEqual(field('event', 'eq', 'OR'));
    expect(term('event:"*"')).toEqual(field('event', 'eq', '*'));
  });
});

describe('parseQuery: errors', () => {
  it.each([
    ['evnt:x', 'Unknown field "evnt" — did you mean "event"?', 0, 6],
    ['a -Evnt:x', 'did you mean "event"?', 2, 9],
    ['http://example.com', 'Unknown field "http". Known fields: event, email', 0, 18],
    [':x', 'Expected a field name before ":"', 0, 2],
    ['event:', 'Expected a value after "event:"', 0, 6],
    ['a event: b', 'Expected a value after "event:"', 2, 8],
    ['duration:>=', 'Expected a value after "duration:>="', 0, 11],
    ['event:""', 'Expected a value for "event"', 0, 8],
    ['event:*', 'Expected some text before "*"', 0, 7],
    ['event:""*', 'Expected some text before "*"', 0, 9],
    ['a "unterminated b', 'never closed', 2, 17],
    ['event:"abc', 'never closed', 0, 10],
    ['"a\\"', 'never closed', 0, 4],
    ['OR a', '"OR" needs a term before it', 0, 2],
    ['a OR', '"OR" needs a term after it', 2, 4],
    ['a OR OR b', '"OR" and "OR" in a row', 5, 7],
    ['a AND or b', '"AND" and "or" in a row', 6, 8],
    ['and a', '"and" needs a term before it', 0, 3],
    ['a AND', '"AND" needs a term after it', 2, 5],
    ['a NOT', '"NOT" needs a term after it', 2, 5],
    ['NOT', '"NOT" needs a term after it', 0, 3],
    ['(OR a)', '"OR" needs a term before it', 1, 3],
    ['(a', 'This "(" is never closed', 0, 1],
    ['a (b (c) d', 'This "(" is never closed', 2, 3],
    ['NOT (', 'This "(" is never closed', 4, 5],
    ['a)', 'This ")" has no "(" before it', 1, 2],
    [')', 'This ")" has no "(" before it', 0, 1],
    ['(a) b) c', 'This ")" has no "(" before it', 5, 6],
    ['a ()', 'Empty parentheses', 2, 4],
    ['-( )', 'Empty parentheses', 0, 4],
    ['(a OR)', '"OR" needs a term after it', 3, 5],
    ['foo(bar)', 'Put a space before "("', 0, 4],
    ['(a)b', 'Put a space after ")"', 2, 4],
    [
      'stage:(mfa OR password)',
      'Parentheses cannot follow "stage:"; repeat the field, e.g. (stage:a OR stage:b)',
      0,
      7,
    ],
    ['event:>x', '">" only works on number and time fields; "event" is a keyword field', 0, 8],
    ['user_agent:<=x', '"<=" only works on number and time fields; "user_agent" is a text field', 0, 14],
    ['duration:>abc', '"abc" is not a number', 0, 13],
    ['duration:1e999', 'is not a number', 0, 14],
    ['duration:0x10', 'is not a number', 0, 13],
    ['duration:10*', '"*" only works on keyword and text fields; "duration" is a number field', 0, 12],
    ['time:2026*', 'already matches the whole day', 0, 10],
    ['duration:>5*', '"*" cannot follow a comparison', 0, 12],
    ['time:yesterday', '"yesterday" is not a date or time', 0, 14],
    ['time:2026-13-01', 'is not a date or time', 0, 15],
    ['time:2026-02-29', 'is not a date or time', 0, 15],
    ['time:>2026-11-01T24:00', 'is not a date or time', 0, 22],
    ['time:2026-11', 'is not a date or time', 0, 12],
    ['-', 'Expected a word, "phrase", field:value or (…) after "-"', 0, 1],
    ['""', 'Empty quotes', 0, 2],
    ['"a"b', 'Unexpected text after the closing quote', 0, 4],
    ['"a"*', '"*" needs a field', 0, 4],
    ['event:"a"b', 'only "*" may follow it', 0, 10],
    ['ab"c d"', 'Quotes must wrap a whole word or value', 0, 7],
    ['event:a"b"', 'Quotes must wrap a whole word or value', 0, 10],
  ])('%s → %s', (input, fragment, start, end) => {
    const error = parseError(input);
    expect(error.message).toContain(fragment);
    expect({ start: error.start, end: error.end }).toEqual({ start, end });
    expect(input.slice(error.start, error.end).length).toBeGreaterThan(0);
  });

  it('reports the first problem from the left', () => {
    expect(parseError('evnt:x duration:>abc').message).toContain('evnt');
  });

  it('truncates a very long unknown field name in the message', () => {
    const error = parseError(`${'x'.repeat(500)}:1`);
    expect(error.message.length).toBeLessThan(200);
  });

  it('rejects an over-long query immediately, without parsing it', () => {
    // Unparsed, this would be an unterminated-quote error instead.
    const error = parseError('"'.repeat(10_000));
    expect(error).toEqual({
      message: 'The query is 10,000 characters long; the limit is 2,000.',
      start: 0,
      end: MAX_QUERY_LENGTH,
    });
  });

  it('accepts a query of exactly the maximum length', () => {
    const q = parse('a '.repeat(MAX_QUERY_LENGTH / 2));
    expect(q.clauses).toHaveLength(MAX_QUERY_LENGTH / 2);
  });

  // The number and time patterns run on these inputs too: one that backtracked exponentially
  // would not finish at all.
  it('reads adversarial inputs in one pass', () => {
    const inputs = [
      '\\'.repeat(MAX_QUERY_LENGTH),
      `"${'\\"'.repeat(MAX_QUERY_LENGTH / 2 - 1)}`,
      `duration:${'1'.repeat(MAX_QUERY_LENGTH - 10)}x`,
      `time:${'2026-11-01T10:00:00'.repeat(100)}`,
      `${'a:'.repeat(MAX_QUERY_LENGTH / 2)}`,
      'a OR '.repeat(MAX_QUERY_LENGTH / 5 - 1) + 'a',
      '('.repeat(MAX_QUERY_LENGTH),
      '(a) '.repeat(MAX_QUERY_LENGTH / 4),
      'NOT -('.repeat(MAX_QUERY_LENGTH / 6),
    ];
    for (const input of inputs) {
      scanned.count = 0;
      parseQuery(input, FIELDS);
      // every character once, and the spaces between tokens at most once more
      expect(scanned.count, input.slice(0, 20)).toBeLessThanOrEqual(2 * input.length + 2);
    }
  });
});

describe('one parse per search', () => {
  const fields = [{ name: 'stage', type: 'keyword' }] as const;

  it('gives the same result object for the same text and fields', () => {
    const first = parseQuery('stage:mfa', fields);
    expect(parseQuery('stage:mfa', fields)).toBe(first);
    expect(parseQuery('stage:password', fields)).not.toBe(first);
    expect(parseQuery('stage:mfa', [...fields])).not.toBe(first);
    expect(parseQuery('stage:mfa', [...fields])).toEqual(first);
  });

  it('keeps answering correctly past its memory', () => {
    for (let i = 0; i < 100; i++) parseQuery(`stage:s${i}`, fields);
    const again = parseQuery('stage:s0', fields);
    expect(again.ok && again.query.clauses[0]).toMatchObject({ field: 'stage', value: 's0' });
  });
});
