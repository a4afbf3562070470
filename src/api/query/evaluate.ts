/**
 * Query → record predicate. Everything that depends only on the query (lower-cased needles,
 * numbers, instants, the free-text field list) is computed once in compileQuery, because the
 * predicate runs over up to a million records.
 */
import type { Expr, FieldSpec, FieldTerm, Query } from './types';
import { compareNumbers, parseTimeLiteral, timeComparator } from './time';

type Row = Readonly<Record<string, unknown>>;
type Predicate = (record: Row) => boolean;

interface Context {
  readonly specs: ReadonlyMap<string, FieldSpec>;
  readonly freeTextFields: readonly string[];
}

export function compileQuery<R extends Record<string, unknown>>(
  q: Query,
  fields: readonly FieldSpec[],
): (record: R) => boolean {
  const ctx: Context = {
    specs: new Map(fields.map((f) => [f.name, f])),
    freeTextFields: fields.filter((f) => f.freeText === true).map((f) => f.name),
  };
  return every(q.clauses.map((c) => compileExpr(c, ctx)));
}

/** Convenience for one-off checks; compile once with compileQuery when filtering many records. */
export function matches<R extends Record<string, unknown>>(
  record: R,
  q: Query,
  fields: readonly FieldSpec[],
): boolean {
  return compileQuery<R>(q, fields)(record);
}

function every(predicates: readonly Predicate[]): Predicate {
  const [only] = predicates;
  if (only !== undefined && predicates.length === 1) return only;
  return (record) => {
    for (const p of predicates) if (!p(record)) return false;
    return true;
  };
}

function some(predicates: readonly Predicate[]): Predicate {
  const [only] = predicates;
  if (only !== undefined && predicates.length === 1) return only;
  return (record) => {
    for (const p of predicates) if (p(record)) return true;
    return false;
  };
}

function compileExpr(e: Expr, ctx: Context): Predicate {
  switch (e.kind) {
    case 'text':
      return textPredicate(e.value, ctx.freeTextFields);
    case 'field':
      return fieldPredicate(e, ctx);
    case 'and':
      return every(e.operands.map((o) => compileExpr(o, ctx)));
    case 'or':
      return some(e.operands.map((o) => compileExpr(o, ctx)));
    case 'not': {
      const operand = compileExpr(e.operand, ctx);
      return (record) => !operand(record);
    }
  }
}

function textPredicate(phrase: string, fields: readonly string[]): Predicate {
  const needle = phrase.toLowerCase();
  return (record) => {
    for (const name of fields) {
      const v = record[name];
      if (typeof v === 'string' && v.toLowerCase().includes(needle)) return true;
    }
    return false;
  };
}

function fieldPredicate(t: FieldTerm, ctx: Context): Predicate {
  const spec = ctx.specs.get(t.field);
  // Only a hand-built Query can get here; failing at compile time beats silently matching nothing.
  if (spec === undefined) throw new Error(`Unknown field "${t.field}" in query`);
  const { field, op, value } = t;
  if (op === 'prefix') return stringPredicate(field, value, (s, n) => s.startsWith(n));
  switch (spec.type) {
    case 'keyword':
    case 'text': {
      if (op !== 'eq') throw new Error(`"${op}" is not supported on ${spec.type} field "${field}"`);
      const test = spec.type === 'keyword' ? equals : includes;
      return stringPredicate(field, value, test);
    }
    case 'number':
      return numberPredicate(field, op, value);
    case 'time':
      return op === 'eq' ? timeEqualsPredicate(field, value) : timeComparePredicate(field, op, value);
  }
}

const equals = (s: string, needle: string): boolean => s === needle;
const includes = (s: string, needle: string): boolean => s.includes(needle);

function stringPredicate(
  field: string,
  value: string,
  test: (lowerValue: string, needle: string) => boolean,
): Predicate {
  const needle = value.toLowerCase();
  const one = (v: unknown) => {
    const s = asString(v);
    return s !== undefined && test(s.toLowerCase(), needle);
  };
  // A list-valued field (e.g. activity's `changed` paths) matches when any element does.
  return (record) => {
    const v = record[field];
    return Array.isArray(v) ? v.some(one) : one(v);
  };
}

/**
 * A zoneless needle matches by ISO-string prefix (`time:2026-11-01` is that UTC day). A zoned
 * one can't be a string prefix of the UTC records, so it matches the span its precision covers.
 */
function timeEqualsPredicate(field: string, value: string): Predicate {
  const literal = parseTimeLiteral(value);
  if (literal === undefined || !literal.zoned) {
    return stringPredicate(field, value, (s, n) => s.startsWith(n));
  }
  const fromStart = timeComparator(literal.start);
  const fromEnd = timeComparator(literal.start + literal.span);
  return (record) => {
    const v = record[field];
    return typeof v === 'string' && fromStart(v) >= 0 && fromEnd(v) < 0;
  };
}

function timeComparePredicate(field: string, op: FieldTerm['op'], value: string): Predicate {
  const compare = timeComparator(parseTimeLiteral(value)?.start ?? Date.parse(value));
  return signPredicate(op, (record) => {
    const v = record[field];
    return typeof v === 'string' ? compare(v) : NaN;
  });
}

function numberPredicate(field: string, op: FieldTerm['op'], value: string): Predicate {
  const needle = Number(value);
  return signPredicate(op, (record) => compareNumbers(toNumber(record[field]), needle));
}

/** A NaN sign satisfies no operator, so missing and malformed values never match. */
function signPredicate(op: FieldTerm['op'], sign: (record: Row) => number): Predicate {
  switch (op) {
    case 'gt':
      return (record) => sign(record) > 0;
    case 'gte':
      return (record) => sign(record) >= 0;
    case 'lt':
      return (record) => sign(record) < 0;
    case 'lte':
      return (record) => sign(record) <= 0;
    default:
      return (record) => sign(record) === 0;
  }
}

/**
 * Primitives only: an object's "[object Object]" must not match anything. Exported so the SQL
 * store folds values at insert with this very function rather than a copy that could drift.
 */
export function asString(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v);
    default:
      return undefined;
  }
}

/** Unlike Number(), "" and booleans are not numbers here: Number("") is 0. Exported like asString. */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') return Number(v);
  return NaN;
}
