import { parseQuery, printTerm } from '../../api/query';
import type { FieldSpec } from '../../api/query/types';

/** Whitespace and parentheses end a token: `(stage:mf` completes `stage:mf`. */
const BOUNDARY = /[\s()]/;

/** The token the caret is in: what autocomplete completes and replaces. */
export function tokenAt(text: string, caret: number): { start: number; end: number; token: string } {
  let start = caret;
  while (start > 0 && !BOUNDARY.test(text[start - 1] ?? '')) start--;
  let end = caret;
  while (end < text.length && !BOUNDARY.test(text[end] ?? '')) end++;
  return { start, end, token: text.slice(start, end) };
}

export type Suggestion =
  | { kind: 'field'; field: FieldSpec; insert: string }
  | { kind: 'value'; field: string; value: string; count: number; insert: string };

export function fieldSuggestions(fields: readonly FieldSpec[], token: string): Suggestion[] {
  const negate = token.startsWith('-') ? '-' : '';
  const typed = token.slice(negate.length).toLowerCase();
  if (typed.includes(':') || typed.startsWith('"')) return [];
  return fields
    .filter((f) => f.name.startsWith(typed) || (typed.length > 1 && f.name.includes(typed)))
    .slice(0, 8)
    .map((field) => ({ kind: 'field', field, insert: `${negate}${field.name}:` }));
}

/** `-email:bo` → { field: 'email', prefix: 'bo', negate: '-' } when the field has facets. */
export function valueContext(fields: readonly FieldSpec[], token: string) {
  const match = /^(-?)([a-z_]+):(?![<>=])"?([^"]*)$/i.exec(token);
  if (!match) return null;
  const [, negate = '', name = '', prefix = ''] = match;
  const field = fields.find((f) => f.name === name.toLowerCase());
  if (!field?.facet) return null;
  return { field: field.name, prefix, negate };
}

export function valueSuggestion(
  context: { field: string; negate: string },
  value: string,
  count: number,
): Suggestion {
  return {
    kind: 'value',
    field: context.field,
    value,
    count,
    // the query language's own printer: what it writes bare or quoted, the parser reads back
    insert: `${context.negate}${printTerm({ kind: 'field', field: context.field, op: 'eq', value })}`,
  };
}

/** The facet values as suggestions, leaving out any the API would refuse (an empty value). */
export function valueSuggestions(
  fields: readonly FieldSpec[],
  context: { field: string; negate: string },
  values: readonly { value: string; count: number }[],
): Suggestion[] {
  return values
    .map((v) => valueSuggestion(context, v.value, v.count))
    .filter((s) => parseQuery(s.insert, fields).ok);
}

export function replaceToken(
  text: string,
  token: { start: number; end: number },
  insert: string,
  space: boolean,
) {
  const before = text.slice(0, token.start);
  const after = text.slice(token.end);
  const glue = space && !after.startsWith(' ') ? ' ' : '';
  const next = `${before}${insert}${glue}${after}`;
  return { text: next, caret: before.length + insert.length + glue.length };
}
