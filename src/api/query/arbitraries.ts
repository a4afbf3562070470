/**
 * Test-only fast-check arbitraries and a field list covering every field type. Not exported
 * from index.ts, so it never reaches the app bundle.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Expr, FieldSpec, FieldTerm, Op, Query, Term, TextTerm } from './types';

export const FIELDS: readonly FieldSpec[] = [
  { name: 'event', type: 'keyword', facet: true },
  { name: 'email', type: 'keyword', freeText: true },
  { name: 'user_agent', type: 'text', freeText: true },
  { name: 'org_name', type: 'text' },
  { name: 'duration', type: 'number' },
  { name: 'status', type: 'number' },
  { name: 'time', type: 'time' },
];

export interface ValueArbitraries {
  /** values for keyword and text fields and for free text */
  readonly text: Arbitrary<string>;
  readonly number: Arbitrary<string>;
  readonly time: Arbitrary<string>;
}

const NASTY_UNITS = [
  ' ',
  '\t',
  '\u00a0',
  '"',
  '\\',
  ':',
  '-',
  '*',
  'OR',
  'and',
  'Not',
  '(',
  ')',
  '>',
  '<',
  '=',
  'é',
  'İ',
  '😀',
];

/** Non-empty strings heavy in the characters the syntax treats specially. */
export const nastyString: Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    'OR',
    '*',
    '-',
    '-x',
    'a*',
    '"',
    '\\',
    '>=5',
    '=',
    'a:b',
    'or',
    'AND',
    'not',
    '(',
    ')',
    '-(',
    ' ',
  ),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...NASTY_UNITS),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 10,
  }),
);

export const numberString: Arbitrary<string> = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.constantFrom('007', '1.', '.5', '+3', '-0', '1e3', '-2.5E-3'),
);

const TIME_FORMATS: readonly ((iso: string) => string)[] = [
  (iso) => iso.slice(0, 10),
  (iso) => iso.slice(0, 16),
  (iso) => `${iso.slice(0, 19)}Z`,
  (iso) => `${iso.slice(0, 23)}+02:00`,
  (iso) => `${iso.slice(0, 16)}-05:30`,
  (iso) => iso,
];

export const timeString: Arbitrary<string> = fc
  .tuple(
    fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom(...TIME_FORMATS),
  )
  .map(([date, format]) => format(date.toISOString()));

export const NASTY_VALUES: ValueArbitraries = { text: nastyString, number: numberString, time: timeString };

const STRING_OPS: readonly Op[] = ['eq', 'prefix'];
const ORDERED_OPS: readonly Op[] = ['eq', 'gt', 'gte', 'lt', 'lte'];

export function fieldTermArbitrary(spec: FieldSpec, values: ValueArbitraries): Arbitrary<FieldTerm> {
  const isString = spec.type === 'keyword' || spec.type === 'text';
  const value = isString ? values.text : spec.type === 'number' ? values.number : values.time;
  return fc.record({
    kind: fc.constant('field' as const),
    field: fc.constant(spec.name),
    op: fc.constantFrom(...(isString ? STRING_OPS : ORDERED_OPS)),
    value,
  });
}

export function textTermArbitrary(values: ValueArbitraries): Arbitrary<TextTerm> {
  return fc.record({ kind: fc.constant('text' as const), value: values.text });
}

/** Terms the parser could have produced: valid field/op pairs and well-formed values. */
export function termArbitrary(fields: readonly FieldSpec[], values: ValueArbitraries): Arbitrary<Term> {
  return fc.oneof(
    textTermArbitrary(values),
    fc.constantFrom(...fields).chain((spec) => fieldTermArbitrary(spec, values)),
  );
}

/** How deep AND, OR and NOT nest in a generated query (terms are one level), unless told. */
const MAX_DEPTH = 4;

/** A type, not an interface: fc.letrec types its tie only for a Record. */
type Exprs = {
  /** any expression but an AND: an AND's operand, or a clause of a query */
  readonly notAnd: Expr;
  /** any expression but an OR: an OR's operand */
  readonly notOr: Expr;
  readonly any: Expr;
};

/**
 * Expressions in the parser's canonical form (types.ts): and/or with two operands or more, no
 * and directly in an and, no or directly in an or. Terms, NOT over anything (a group, another
 * NOT) and nested groups all come up.
 */
export function exprArbitraries(
  fields: readonly FieldSpec[],
  values: ValueArbitraries,
  maxDepth = MAX_DEPTH,
): { readonly [K in keyof Exprs]: Arbitrary<Exprs[K]> } {
  const term = termArbitrary(fields, values);
  const depth = { maxDepth, depthIdentifier: 'query-expr' } as const;
  return fc.letrec<Exprs>((tie) => {
    const not = tie('any').map((operand): Expr => ({ kind: 'not', operand }));
    const and = fc
      .array(tie('notAnd'), { minLength: 2, maxLength: 3 })
      .map((operands): Expr => ({ kind: 'and', operands }));
    const or = fc
      .array(tie('notOr'), { minLength: 2, maxLength: 3 })
      .map((operands): Expr => ({ kind: 'or', operands }));
    return {
      notAnd: fc.oneof(depth, { arbitrary: term, weight: 4 }, not, or),
      notOr: fc.oneof(depth, { arbitrary: term, weight: 4 }, not, and),
      any: fc.oneof(depth, { arbitrary: term, weight: 3 }, not, and, or),
    };
  });
}

export function queryArbitrary(
  fields: readonly FieldSpec[],
  values: ValueArbitraries,
  maxDepth = MAX_DEPTH,
): Arbitrary<Query> {
  return fc
    .array(exprArbitraries(fields, values, maxDepth).notAnd, { maxLength: 4 })
    .map((clauses) => ({ clauses }));
}
