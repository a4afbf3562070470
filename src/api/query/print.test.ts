import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, NASTY_VALUES, queryArbitrary } from './arbitraries';
import { parseQuery } from './parse';
import { printClause, printQuery, printTerm } from './print';
import type { Query } from './types';

function parse(input: string): Query {
  const result = parseQuery(input, FIELDS);
  if (!result.ok) throw new Error(`"${input}" did not parse: ${result.error.message}`);
  return result.query;
}

describe('printQuery', () => {
  it.each([
    ['a  b\tOR  c d', 'a b OR c d'],
    ['a or b AND c', 'a OR b c'],
    ['(a OR b) c', '(a OR b) c'],
    ['((a OR b))', 'a OR b'],
    ['NOT a', '-a'],
    ['not (a OR b) c', '-(a OR b) c'],
    ['-(a b)', '-(a b)'],
    ['NOT NOT a', '-(-a)'],
    ['(a OR (b (c OR d)))', 'a OR b (c OR d)'],
    ['"or" "AND" "Not"', '"or" "AND" "Not"'],
    ['"(a)" event:"a)"', '"(a)" event:"a)"'],
    ['EVENT:Success', 'event:Success'],
    ['-"login failed"', '-"login failed"'],
    ['"event:x"', '"event:x"'],
    ['"-x" "OR" "fire*" "a\\\\b"', '"-x" "OR" "fire*" "a\\\\b"'],
    ['email:"bob"*', 'email:bob*'],
    ['email:"a b"*', 'email:"a b"*'],
    ['email:"a*"*', 'email:"a*"*'],
    ['event:"*"', 'event:"*"'],
    ['event:">x"', 'event:">x"'],
    ['event:"=x"', 'event:"=x"'],
    ['event:"OR"', 'event:OR'],
    ['event:a:b', 'event:a:b'],
    ['duration:>"10"', 'duration:>10'],
    ['duration:>=-5', 'duration:>=-5'],
    ['status:=404', 'status:404'],
    ['time:<=2026-11-01T10:00:00.123+02:00', 'time:<=2026-11-01T10:00:00.123+02:00'],
    ['"say \\"hi\\""', '"say \\"hi\\""'],
    ['"tab\there"', '"tab\there"'],
  ])('%s prints as %s', (input, expected) => {
    expect(printQuery(parse(input))).toBe(expected);
  });

  it('prints clauses and terms on their own', () => {
    const [first] = parse('(a OR -event:x) b').clauses;
    if (first === undefined) throw new Error('no clause');
    expect(printClause(first)).toBe('a OR -event:x');
    expect(printTerm({ kind: 'field', field: 'duration', op: 'lt', value: '3' })).toBe('duration:<3');
  });

  it('prints the empty query as the empty string', () => {
    expect(printQuery({ clauses: [] })).toBe('');
  });

  it('prints trees the parser would not build with the parentheses they need', () => {
    const a = { kind: 'text', value: 'a' } as const;
    const b = { kind: 'text', value: 'b' } as const;
    const orAB = { kind: 'or', operands: [a, b] } as const;
    const andAB = { kind: 'and', operands: [a, b] } as const;
    const q = {
      clauses: [{ kind: 'and', operands: [orAB, { kind: 'or', operands: [orAB, andAB] }] }],
    } as const;
    expect(printQuery(q)).toBe('(a OR b) (a OR b OR a b)');
    expect(parse(printQuery(q))).toEqual(parse('(a OR b) (a OR b OR (a b))'));
  });
});

describe('print/parse round trip', () => {
  it('parses every printed query back to the same query', () => {
    fc.assert(
      fc.property(queryArbitrary(FIELDS, NASTY_VALUES), (q) => {
        const printed = printQuery(q);
        const reparsed = parseQuery(printed, FIELDS);
        expect(reparsed).toEqual({ ok: true, query: q });
      }),
      { numRuns: 300 },
    );
  });

  const fragment = fc.constantFrom(
    ' ',
    '  ',
    'OR',
    ' OR ',
    ' or ',
    ' AND ',
    'not ',
    'NOT',
    '(',
    ')',
    ' (',
    ') ',
    '-(',
    '-',
    '"',
    '\\',
    '*',
    ':',
    '>',
    '>=',
    '<',
    '=',
    'a',
    'B',
    'é',
    '😀',
    '10',
    'event:',
    'EVENT:',
    'email:',
    'user_agent:',
    'duration:',
    'duration:>=',
    'time:',
    'time:<',
    '2026-11-01',
    '2026-11-01T10:00',
    'Z',
    '+02:00',
    '.5',
    'fire',
  );

  it('makes printQuery(parse(s)) a fixed point for every valid s', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
        (s) => {
          const first = parseQuery(s, FIELDS);
          if (!first.ok) return;
          const printed = printQuery(first.query);
          const second = parseQuery(printed, FIELDS);
          expect(second).toEqual(first);
          if (second.ok) expect(printQuery(second.query)).toBe(printed);
        },
      ),
      { numRuns: 300 },
    );
  });
});
