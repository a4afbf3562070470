/**
 * Query → ClickHouse WHERE clause selecting exactly the records evaluate.ts's compileQuery
 * accepts (the Postgres compiler, server/sql/compile.ts, in ClickHouse's SQL of 18.16 and
 * later). Values only ever become SQL text through literal.ts; column names come from the
 * stream's table, never from the query text.
 *
 * Every term is made NULL-free (`ifNull(…, 0)`): a missing value fails a comparison, as in
 * evaluate.ts, and its negation holds. NOT, AND and OR of NULL-free operands are NULL-free, so
 * the walk over the query's tree (clauses of And/Or/Not nodes) needs nothing else at any depth:
 * the Postgres compiler's `IS NOT TRUE` is plain NOT here.
 */
import type { Expr, FieldTerm, Op, Query, Term } from '../../src/api/query/types';
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
  if (query.clauses.length === 0) return TRUE;
  return query.clauses.map((c) => expr(c, table)).join(' AND ');
}

function expr(e: Expr, table: ChTable): string {
  switch (e.kind) {
    case 'text':
    case 'field':
      return compileTerm(e, table);
    case 'and':
      return junction('AND', e.operands, table);
    case 'or':
      return junction('OR', e.operands, table);
    case 'not':
      // the operand is never NULL, so NOT holds exactly where it does not (IS NOT TRUE in Postgres)
      return `NOT (${expr(e.operand, table)})`;
  }
}

/** evaluate.ts: an empty AND holds for every record, an empty OR for none. */
function junction(op: 'AND' | 'OR', operands: readonly Expr[], table: ChTable): string {
  if (operands.length === 0) return op === 'AND' ? TRUE : FALSE;
  const parts = operands.map((o) => expr(o, table));
  return parts.length === 1 ? (parts[0] ?? FALSE) : `(${parts.join(` ${op} `)})`;
}

/** One term, never NULL. */
export function compileTerm(t: Term, table: ChTable): string {
  const positive = t.kind === 'text' ? freeText(t.value, table) : field(t, table);
  return `ifNull(${positive}, 0)`;
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
