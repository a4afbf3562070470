/**
 * Query → ClickHouse WHERE clause selecting exactly the records evaluate.ts's compileQuery
 * accepts (the Postgres compiler, server/sql/compile.ts, in ClickHouse's SQL of 18.16 and
 * later). Values only ever become SQL text through literal.ts; column names come from the
 * stream's table, never from the query text.
 *
 * Every term is made NULL-free (`ifNull(…, 0)`): a missing value fails a comparison, as in
 * evaluate.ts, and its negation holds. So the walk over the query's boolean structure (AND of
 * OR-conjuncts today) needs nothing but NOT, AND and OR.
 */
import type { Conjunct, FieldTerm, Op, Query, Term } from '../../src/api/query/types';
import { fold } from '../sql/fold';
import { containsPattern, prefixPattern } from '../sql/like';
import type { FieldStorage } from '../sql/tables';
import { timeTerm } from '../sql/timeTerm';
import { sqlInteger, sqlNumber, sqlString } from './literal';
import type { ChTable } from './tables';

type Folded = Extract<FieldStorage, { kind: 'folded' }>;

const COMPARE: Readonly<Record<Exclude<Op, 'prefix'>, string>> = {
  eq: '=',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
};
export const TRUE = '1';
export const FALSE = '0';

/** The boolean structure: the only part that knows how terms combine. */
export function compileWhere(query: Query, table: ChTable): string {
  if (query.conjuncts.length === 0) return TRUE;
  return query.conjuncts.map((c) => conjunct(c, table)).join(' AND ');
}

function conjunct(c: Conjunct, table: ChTable): string {
  // evaluate.ts: a conjunct is true when some term is, so one without terms is false
  if (c.terms.length === 0) return FALSE;
  return `(${c.terms.map((t) => compileTerm(t, table)).join(' OR ')})`;
}

/** One term, never NULL. */
export function compileTerm(t: Term, table: ChTable): string {
  const positive = t.kind === 'text' ? freeText(t.value, table) : field(t, table);
  return t.negate ? `NOT ifNull(${positive}, 0)` : `ifNull(${positive}, 0)`;
}

function freeText(value: string, table: ChTable): string {
  if (table.sql.freeText.length === 0) return FALSE;
  // a missing free text is NULL, so that it does not hold even the empty needle
  return `position(free_text_fold, ${sqlString(fold(value))}) > 0`;
}

function field(t: FieldTerm, table: ChTable): string {
  const storage = table.sql.fields.get(t.field);
  // Only a hand-built Query can get here (the parser knows the fields), as in evaluate.ts.
  if (storage === undefined) throw new Error(`Unknown field "${t.field}" in query`);
  switch (storage.kind) {
    case 'folded':
      return foldedTerm(storage, t.op, t.value);
    case 'number':
      return numberTerm(storage.column, storage.spec.name, t.op, t.value);
    case 'time':
      return timeCondition(t.op, t.value);
  }
}

function foldedTerm(storage: Folded, op: Op, value: string): string {
  const { spec, column } = storage;
  if (op !== 'eq' && op !== 'prefix') {
    throw new Error(`"${op}" is not supported on ${spec.type} field "${spec.name}"`);
  }
  const needle = fold(value);
  if (op === 'eq' && spec.type === 'keyword') {
    return storage.list ? `has(${column}, ${sqlString(needle)})` : `${column} = ${sqlString(needle)}`;
  }
  if (op === 'eq' && !storage.list) return `position(${column}, ${sqlString(needle)}) > 0`;
  const pattern = sqlString(op === 'prefix' ? prefixPattern(needle) : containsPattern(needle));
  return storage.list
    ? `arrayExists(element -> element LIKE ${pattern}, ${column})`
    : `${column} LIKE ${pattern}`;
}

/** Missing and non-numeric values are NULL in the column, so no comparison holds for them. */
function numberTerm(column: string, name: string, op: Op, value: string): string {
  if (op === 'prefix') throw new Error(`A prefix is not supported on number field "${name}"`);
  const needle = Number(value);
  if (Number.isNaN(needle)) return FALSE;
  return `${column} ${COMPARE[op]} ${sqlNumber(needle)}`;
}

function timeCondition(op: Op, value: string): string {
  const plan = timeTerm(op, value);
  switch (plan.kind) {
    case 'range':
      return `(time_ms >= ${sqlTime(plan.start)} AND time_ms < ${sqlTime(plan.end)})`;
    case 'compare':
      return `time_ms ${COMPARE[plan.op]} ${sqlTime(plan.instant)}`;
    case 'isoPrefix':
      return `time_iso LIKE ${sqlString(prefixPattern(plan.prefix))}`;
    case 'none':
      return FALSE;
  }
}

/** An instant; a fraction of a ms (or beyond any instant) is compared as the float it is. */
export function sqlTime(ms: number): string {
  return Number.isSafeInteger(ms) ? sqlInteger(ms) : sqlNumber(ms);
}
