/**
 * Query → canonical search box text. parseQuery(printQuery(q)) deep-equals q for every q the
 * parser produces, so chips and the URL can round-trip through text. Any other tree (whose
 * and/or nodes have operands) prints as text that means the same.
 */
import type { Expr, Query, Term } from './types';
import { COMPARISON_SYMBOL, isBareFieldValue, isBareText, quote } from './syntax';

/** Where an expression is printed: OR needs parentheses among juxtaposed (ANDed) operands. */
type Place = 'alone' | 'and' | 'or';

export function printQuery(q: Query): string {
  const place = q.clauses.length > 1 ? 'and' : 'alone';
  return q.clauses.map((c) => printExpr(c, place)).join(' ');
}

/** One clause of a query, as its chip shows it. */
export function printClause(e: Expr): string {
  return printExpr(e, 'alone');
}

function printExpr(e: Expr, place: Place): string {
  switch (e.kind) {
    case 'text':
    case 'field':
      return printTerm(e);
    case 'not':
      return e.operand.kind === 'text' || e.operand.kind === 'field'
        ? `-${printTerm(e.operand)}`
        : `-(${printExpr(e.operand, 'alone')})`;
    case 'and':
      return e.operands.map((o) => printExpr(o, 'and')).join(' ');
    case 'or': {
      const text = e.operands.map((o) => printExpr(o, 'or')).join(' OR ');
      return place === 'and' ? `(${text})` : text;
    }
  }
}

export function printTerm(t: Term): string {
  if (t.kind === 'text') return isBareText(t.value) ? t.value : quote(t.value);
  const value = isBareFieldValue(t.value) ? t.value : quote(t.value);
  switch (t.op) {
    case 'eq':
      return `${t.field}:${value}`;
    case 'prefix':
      return `${t.field}:${value}*`;
    default:
      return `${t.field}:${COMPARISON_SYMBOL[t.op]}${value}`;
  }
}
