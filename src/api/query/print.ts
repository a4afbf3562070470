/**
 * Query → canonical search box text. parseQuery(printQuery(q)) deep-equals q for every q the
 * parser produces, so chips and the URL can round-trip through text.
 */
import type { Conjunct, Query, Term } from './types';
import { COMPARISON_SYMBOL, isBareFieldValue, isBareText, quote } from './syntax';

export function printQuery(q: Query): string {
  return q.conjuncts.map(printConjunct).join(' ');
}

export function printConjunct(c: Conjunct): string {
  return c.terms.map(printTerm).join(' OR ');
}

export function printTerm(t: Term): string {
  const sign = t.negate ? '-' : '';
  if (t.kind === 'text') return sign + (isBareText(t.value) ? t.value : quote(t.value));
  const value = isBareFieldValue(t.value) ? t.value : quote(t.value);
  switch (t.op) {
    case 'eq':
      return `${sign}${t.field}:${value}`;
    case 'prefix':
      return `${sign}${t.field}:${value}*`;
    default:
      return `${sign}${t.field}:${COMPARISON_SYMBOL[t.op]}${value}`;
  }
}
