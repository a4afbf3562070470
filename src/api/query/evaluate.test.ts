import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldTermArbitrary, FIELDS, queryArbitrary, textTermArbitrary } from './arbitraries';
import { compileQuery, matches } from './evaluate';
import { parseQuery } from './parse';
import type { Expr, FieldTerm, Query, Term } from './types';

type Row = Record<string, unknown>;

function query(input: string): Query {
  const result = parseQuery(input, FIELDS);
  if (!result.ok) throw new Error(`"${input}" did not parse: ${result.error.message}`);
  return result.query;
}

const RECORD: Row = {
  event: 'Login_Success',
  email: 'Bob@Example.com',
  user_agent: 'Mozilla/5.0 (X11) Firefox/120.0',
  org_name: 'Acme Corp',
  duration: 250,
  status: '404',
  time: '2026-11-01T10:00:30.500Z',
};

describe('matches', () => {
  it.each([
    ['', true],
    ['event:login_success', true],
    ['event:login', false],
    ['event:login*', true],
    ['-event:login_success', false],
    ['email:bob@example.com', true],
    ['user_agent:FIREFOX', true],
    ['user_agent:firefox/12*', false],
    ['user_agent:mozilla*', true],
    ['org_name:corp', true],
    ['duration:250', true],
    ['duration:250.0', true],
    ['duration:>249', true],
    ['duration:>=250 duration:<=250', true],
    ['duration:<250', false],
    ['status:404', true],
    ['status:>400', true],
    ['time:2026-11-01', true],
    ['time:2026-11-01t10:00', true],
    ['time:2026-11-02', false],
    ['time:2026-11-01T12:00+02:00', true],
    ['time:2026-11-01T10:00:30Z', true],
    ['time:2026-11-01T10:00:31Z', false],
    ['time:>2026-11-01T10:00', true],
    ['time:<2026-11-01T11:00:30+01:00', false],
    ['time:<=2026-11-01T10:00:30.5Z', true],
    ['firefox', true],
    ['"example.com"', true],
    ['acme', false],
    ['-firefox', false],
    ['nope OR bob', true],
    ['nope OR -bob', false],
    ['bob nope', false],
    ['nope or bob', true],
    ['bob AND nope', false],
    ['bob and firefox', true],
    ['NOT bob', false],
    ['not nope', true],
    ['bob nope OR firefox', true],
    ['bob (nope OR firefox)', true],
    ['nope (bob OR firefox)', false],
    ['NOT (nope OR bob)', false],
    ['-(nope OR acme)', true],
    ['NOT NOT bob', true],
    ['-(bob nope) -(-firefox)', true],
    ['(event:x OR duration:250) (-status:404 OR org_name:acme)', true],
  ])('%s → %s', (input, expected) => {
    expect(matches(RECORD, query(input), FIELDS)).toBe(expected);
  });

  it('never lets missing, null or non-primitive values satisfy a positive term', () => {
    const empty: Row = { event: null, email: undefined, user_agent: { a: 1 }, duration: '', time: null };
    for (const input of [
      'event:x',
      'email:x*',
      'user_agent:object',
      'duration:0',
      'time:>2000-01-01',
      'x',
      'status:1',
    ]) {
      expect(matches(empty, query(input), FIELDS)).toBe(false);
      expect(matches(empty, query(`-${input}`), FIELDS)).toBe(true);
    }
  });

  it('matches a list-valued keyword field when any element matches', () => {
    const record: Row = { event: ['email', 'attributes.settings.theme'] };
    expect(matches(record, query('event:email'), FIELDS)).toBe(true);
    expect(matches(record, query('event:EMAIL'), FIELDS)).toBe(true);
    expect(matches(record, query('event:attributes*'), FIELDS)).toBe(true);
    expect(matches(record, query('event:mail'), FIELDS)).toBe(false);
    expect(matches(record, query('-event:email'), FIELDS)).toBe(false);
    expect(matches({ event: [] }, query('event:email'), FIELDS)).toBe(false);
  });

  it('matches a zoned time by the span its precision covers, end exclusive', () => {
    const at = (time: string, input: string) => matches({ time }, query(input), FIELDS);
    expect(at('2026-11-01T00:00:00.000Z', 'time:2026-10-31T23:59:59.999Z')).toBe(false);
    expect(at('2026-11-01T00:00:00.000Z', 'time:2026-11-01T00:59:59.999+01:00')).toBe(false);
    expect(at('2026-11-01T00:00:59.999Z', 'time:2026-11-01T01:00+01:00')).toBe(true);
    expect(at('2026-11-01T00:01:00.000Z', 'time:2026-11-01T01:00+01:00')).toBe(false);
    expect(at('2026-11-01T00:00:00.099Z', 'time:2026-11-01T00:00:00.0Z')).toBe(true);
    expect(at('2026-11-01T00:00:00.100Z', 'time:2026-11-01T00:00:00.0Z')).toBe(false);
  });

  it('rejects a hand-built query naming an unknown field', () => {
    const q: Query = {
      clauses: [{ kind: 'not', operand: { kind: 'field', field: 'nope', op: 'eq', value: 'x' } }],
    };
    expect(() => compileQuery(q, FIELDS)).toThrow('Unknown field "nope"');
  });
});

// ---- A deliberately plain reference evaluator, written without looking at evaluate.ts ----

function hasZone(iso: string): boolean {
  return /([zZ]|[+-]\d\d:\d\d)$/.test(iso);
}

/** Date.parse reads zoneless date-times as local time; the language says UTC. */
function refInstant(iso: string): number {
  return Date.parse(iso.length === 10 || hasZone(iso) ? iso : `${iso}Z`);
}

function refSpan(iso: string): number {
  const withoutZone = iso.replace(/([zZ]|[+-]\d\d:\d\d)$/, '');
  if (withoutZone.length === 10) return 86_400_000;
  if (withoutZone.length === 16) return 60_000;
  if (withoutZone.length === 19) return 1000;
  const digits = withoutZone.length - 20;
  return digits >= 3 ? 1 : 10 ** (3 - digits);
}

function refPositive(record: Row, t: Term): boolean {
  if (t.kind === 'text') {
    for (const f of FIELDS) {
      const v = record[f.name];
      if (
        f.freeText === true &&
        typeof v === 'string' &&
        v.toLowerCase().indexOf(t.value.toLowerCase()) !== -1
      ) {
        return true;
      }
    }
    return false;
  }
  const v = record[t.field];
  if (v === null || v === undefined || typeof v === 'object') return false;
  const type = FIELDS.find((f) => f.name === t.field)?.type;
  const s = String(v).toLowerCase();
  const needle = t.value.toLowerCase();
  if (t.op === 'prefix') return s.startsWith(needle);
  if (type === 'keyword') return s === needle;
  if (type === 'text') return s.indexOf(needle) !== -1;
  if (type === 'number') {
    if (typeof v === 'string' && v.trim() === '') return false;
    return refCompare(Number(v), t.op, Number(t.value));
  }
  if (typeof v !== 'string') return false;
  if (t.op === 'eq' && !hasZone(t.value)) return s.startsWith(needle);
  if (t.op === 'eq') {
    const start = refInstant(t.value);
    const at = refInstant(v);
    return at >= start && at < start + refSpan(t.value);
  }
  return refCompare(refInstant(v), t.op, refInstant(t.value));
}

function refCompare(a: number, op: FieldTerm['op'], b: number): boolean {
  if (op === 'gt') return a > b;
  if (op === 'gte') return a >= b;
  if (op === 'lt') return a < b;
  if (op === 'lte') return a <= b;
  return a === b;
}

function refMatches(record: Row, q: Query): boolean {
  return q.clauses.every((c) => refHolds(record, c));
}

function refHolds(record: Row, e: Expr): boolean {
  if (e.kind === 'and') return e.operands.every((o) => refHolds(record, o));
  if (e.kind === 'or') return e.operands.some((o) => refHolds(record, o));
  if (e.kind === 'not') return !refHolds(record, e.operand);
  return refPositive(record, e);
}

// Small alphabets so that random queries and records actually collide.
const smallText = (minLength: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', 'É', ' ', '/'), minLength, maxLength: 4 });

const INSTANTS = [
  '2026-10-31T23:59:59.999Z',
  '2026-11-01T00:00:00.000Z',
  '2026-11-01T08:00:00.000Z',
  '2026-11-01T10:00:00.000Z',
  '2026-11-01T10:00:30.500Z',
  '2026-11-02T00:00:00.000Z',
];

/** Not in Date#toISOString's form, or not valid: these take the evaluator's slow path. */
const ODD_RECORD_TIMES = [
  'garbage',
  '2026-11-01T10:00:00Z',
  '2026-11-01T12:00:30.5+02:00',
  '2026-11-01T00:00:00.000+01:00',
  '2026-13-01T00:00:00.000Z',
  '2026-11-01T10:00:00.000z',
];

const QUERY_TIMES = [
  '2026-11-01',
  '2026-11-02',
  '2026-11-01T10:00',
  '2026-11-01T10:00:30Z',
  '2026-11-01T10:00:30.5Z',
  '2026-11-01T12:00+02:00',
  '2026-11-01T10:00:30.500+00:00',
  '2026-11-01T00:59:59.999+01:00',
  '2026-10-31T19:00-05:00',
];

const anyValue = fc.oneof(fc.constant(null), fc.constant(undefined), fc.constant({ nested: 'a' }));
const numberValue = fc.oneof(
  fc.integer({ min: -2, max: 2 }),
  fc.integer({ min: -2, max: 2 }).map(String),
  fc.constant(''),
);
const recordArbitrary = fc.record(
  {
    event: fc.oneof(smallText(0), fc.integer({ min: 0, max: 2 }), anyValue),
    email: fc.oneof(smallText(0), anyValue),
    user_agent: fc.oneof(smallText(0), fc.boolean(), anyValue),
    org_name: fc.oneof(smallText(0), anyValue),
    duration: fc.oneof(numberValue, anyValue),
    status: fc.oneof(numberValue, smallText(1), anyValue),
    time: fc.oneof(fc.constantFrom(...INSTANTS, ...ODD_RECORD_TIMES), anyValue),
  },
  { requiredKeys: [] },
);

const smallValues = {
  text: smallText(1),
  number: fc.oneof(fc.integer({ min: -2, max: 2 }).map(String), fc.constantFrom('1.0', '+1', '-0')),
  time: fc.constantFrom(...QUERY_TIMES),
};
const smallQuery = queryArbitrary(FIELDS, smallValues);
/** A term alone or negated. */
const single = (t: Term, negate: boolean): Query => ({ clauses: [negate ? { kind: 'not', operand: t } : t] });
const SINGLE_TERM_CASES = [
  ...FIELDS.map(
    (spec) => [`${spec.type} field ${spec.name}`, fieldTermArbitrary(spec, smallValues)] as const,
  ),
  ['free text', textTermArbitrary(smallValues)] as const,
];

describe('compileQuery against the reference evaluator', () => {
  // One field at a time hits each type's semantics far more often than whole random queries do.
  it.each(SINGLE_TERM_CASES)('agrees on single terms: %s', (_, termArb) => {
    fc.assert(
      fc.property(
        fc.tuple(termArb, fc.boolean()).map(([t, negate]) => single(t, negate)),
        fc.array(recordArbitrary, { minLength: 1, maxLength: 30 }),
        (q, records) => {
          const compiled = compileQuery<Row>(q, FIELDS);
          for (const record of records) expect(compiled(record)).toBe(refMatches(record, q));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees on random records and queries', () => {
    fc.assert(
      fc.property(smallQuery, fc.array(recordArbitrary, { maxLength: 8 }), (q, records) => {
        const compiled = compileQuery<Row>(q, FIELDS);
        for (const record of records) expect(compiled(record)).toBe(refMatches(record, q));
      }),
      { numRuns: 300 },
    );
  });
});
