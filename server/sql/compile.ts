/**
 * Query → SQL WHERE clause that selects exactly the records evaluate.ts's compileQuery accepts.
 * Values only ever travel as bind parameters; column names come from the stream's table
 * (tables.ts, derived from the contract), never from the query text.
 *
 * NULL is how a missing value fails a comparison here, where evaluate.ts says false. The two
 * agree under AND, OR and WHERE; negation is the one place they differ (NOT NULL is NULL), so a
 * negation is written `(operand) IS NOT TRUE`: it holds wherever the operand does not, and is
 * never NULL itself, so NULL keeps meaning false however deep it sits.
 */
import type { Expr, FieldTerm, Op, Query } from '../../src/api/query/types';
import type { SqlStatement } from './db';
import { fold } from './fold';
import { containsPattern, prefixPattern } from './like';
import { SqlParams } from './params';
import { timeTerm } from './timeTerm';
import type { FieldStorage, StreamTable } from './tables';

type Folded = Extract<FieldStorage, { kind: 'folded' }>;
type Comparison = Exclude<Op, 'prefix'>;

const COMPARE: Readonly<Record<Comparison, string>> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** The WHERE clause alone, for statements that add conditions of their own. */
export function compileWhere(query: Query, table: StreamTable, params: SqlParams): string {
  if (query.clauses.length === 0) return 'TRUE';
  return query.clauses.map((c) => expr(c, table, params)).join(' AND ');
}

export function whereStatement(query: Query, table: StreamTable): SqlStatement {
  const params = new SqlParams();
  return { sql: compileWhere(query, table, params), params: params.values };
}

function expr(e: Expr, table: StreamTable, params: SqlParams): string {
  switch (e.kind) {
    case 'text':
      return `(${freeText(e.value, table, params)})`;
    case 'field':
      return `(${field(e, table, params)})`;
    case 'and':
      return junction('AND', e.operands, table, params);
    case 'or':
      return junction('OR', e.operands, table, params);
    case 'not': {
      // IS does not chain, so a NOT of a NOT needs parentheses; every other operand has them
      const operand = expr(e.operand, table, params);
      return e.operand.kind === 'not' ? `(${operand}) IS NOT TRUE` : `${operand} IS NOT TRUE`;
    }
  }
}

/** evaluate.ts: an empty AND holds for every record, an empty OR for none. */
function junction(
  op: 'AND' | 'OR',
  operands: readonly Expr[],
  table: StreamTable,
  params: SqlParams,
): string {
  if (operands.length === 0) return op === 'AND' ? 'TRUE' : 'FALSE';
  const parts = operands.map((o) => expr(o, table, params));
  return parts.length === 1 ? (parts[0] ?? 'FALSE') : `(${parts.join(` ${op} `)})`;
}

/**
 * The folded needle, or undefined when nothing can match it: stored text never holds NUL
 * (row.ts refuses it), and Postgres could not take it as a parameter anyway.
 */
function needleOf(value: string): string | undefined {
  const needle = fold(value);
  return needle.includes('\0') ? undefined : needle;
}

function freeText(value: string, table: StreamTable, params: SqlParams): string {
  const needle = needleOf(value);
  if (needle === undefined || table.freeText.length === 0) return 'FALSE';
  return `free_text_fold LIKE ${params.add(containsPattern(needle), 'text')}`;
}

function field(t: FieldTerm, table: StreamTable, params: SqlParams): string {
  const storage = table.fields.get(t.field);
  // Only a hand-built Query can get here (the parser knows the fields), as in evaluate.ts.
  if (storage === undefined) throw new Error(`Unknown field "${t.field}" in query`);
  switch (storage.kind) {
    case 'folded':
      return foldedTerm(storage, t.op, t.value, params);
    case 'number':
      return numberTerm(storage.column, storage.spec.name, t.op, t.value, params);
    case 'time':
      return timeCondition(t.op, t.value, params);
  }
}

function foldedTerm(storage: Folded, op: Op, value: string, params: SqlParams): string {
  const { spec } = storage;
  if (op !== 'eq' && op !== 'prefix') {
    throw new Error(`"${op}" is not supported on ${spec.type} field "${spec.name}"`);
  }
  const needle = needleOf(value);
  if (needle === undefined) return 'FALSE';
  if (op === 'prefix') return like(storage, prefixPattern(needle), params);
  if (spec.type === 'text') return like(storage, containsPattern(needle), params);
  const p = params.add(needle, 'text');
  // a list matches when any element does; @> is what the GIN index on the array answers
  return storage.list ? `${storage.column} @> ARRAY[${p}]` : `${storage.column} = ${p}`;
}

function like(storage: Folded, pattern: string, params: SqlParams): string {
  const p = params.add(pattern, 'text');
  if (!storage.list) return `${storage.column} LIKE ${p}`;
  return `EXISTS (SELECT 1 FROM unnest(${storage.column}) AS element WHERE element LIKE ${p})`;
}

/** Missing and non-numeric values are NULL in the column, so no comparison holds for them. */
function numberTerm(column: string, name: string, op: Op, value: string, params: SqlParams): string {
  // evaluate.ts would compare the value's text; the parser never allows it, and the column has no text
  if (op === 'prefix') throw new Error(`A prefix is not supported on number field "${name}"`);
  const needle = Number(value);
  if (Number.isNaN(needle)) return 'FALSE';
  return `${column} ${COMPARE[op]} ${params.add(needle, 'float8')}`;
}

function timeCondition(op: Op, value: string, params: SqlParams): string {
  const plan = timeTerm(op, value);
  switch (plan.kind) {
    case 'range':
      return `time_ms >= ${params.add(plan.start, 'bigint')} AND time_ms < ${params.add(plan.end, 'bigint')}`;
    case 'compare':
      return `time_ms ${COMPARE[plan.op]} ${params.add(plan.instant, 'bigint')}`;
    case 'isoPrefix':
      return `time_iso LIKE ${params.add(prefixPattern(plan.prefix), 'text')}`;
    case 'none':
      return 'FALSE';
  }
}
