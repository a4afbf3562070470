/** Error message text, kept apart from the parser so the wording is easy to review. */
import type { FieldSpec, FieldType } from './types';
import { formatCount } from '../formatCount';

const SHOWN_LENGTH = 40;
const MAX_SUGGESTIONS = 3;
const MAX_LISTED_FIELDS = 6;
/** Longer names are surely not typos of a field name; skip the quadratic distance. */
const MAX_SUGGESTABLE_LENGTH = 64;

/** Echoes user text without letting a pasted 2,000-character token flood the message. */
export function show(text: string): string {
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH - 1)}…` : text;
}

export function tooLong(length: number, limit: number): string {
  return `The query is ${formatCount(length)} characters long; the limit is ${formatCount(limit)}.`;
}

export function unknownField(name: string, fields: readonly FieldSpec[]): string {
  const close = closeFieldNames(name, fields);
  if (close.length > 0) return `Unknown field "${show(name)}" — did you mean ${orList(close)}?`;
  const listed = fields.slice(0, MAX_LISTED_FIELDS).map((f) => f.name);
  const more = fields.length > MAX_LISTED_FIELDS ? ', …' : '';
  const known = listed.length > 0 ? ` Known fields: ${listed.join(', ')}${more}.` : '';
  return `Unknown field "${show(name)}".${known} To search for text containing ":", put it in quotes.`;
}

export function comparisonOnString(symbol: string, field: string, type: FieldType): string {
  return `"${symbol}" only works on number and time fields; "${field}" is a ${type} field.`;
}

export function prefixOnNonString(field: string, type: FieldType): string {
  const hint = type === 'time' ? ` (${field}:2026-11-01 already matches the whole day)` : '';
  return `"*" only works on keyword and text fields; "${field}" is a ${type} field${hint}.`;
}

export function notANumber(value: string, field: string): string {
  return `"${show(value)}" is not a number, and "${field}" is a number field.`;
}

export function notATime(value: string): string {
  return `"${show(value)}" is not a date or time; use e.g. 2026-11-01, 2026-11-01T10:00 or 2026-11-01T10:00:00Z.`;
}

function orList(names: readonly string[]): string {
  const quoted = names.map((n) => `"${n}"`);
  const last = quoted.pop() ?? '';
  return quoted.length === 0 ? last : `${quoted.join(', ')} or ${last}`;
}

function closeFieldNames(name: string, fields: readonly FieldSpec[]): string[] {
  const typed = name.toLowerCase();
  if (typed.length > MAX_SUGGESTABLE_LENGTH) return [];
  const scored: { name: string; distance: number }[] = [];
  for (const field of fields) {
    const known = field.name.toLowerCase();
    const distance = editDistance(typed, known);
    const isAbbreviation = typed.length >= 2 && known.startsWith(typed);
    if (isAbbreviation || distance <= Math.max(1, Math.floor(known.length / 3))) {
      scored.push({ name: field.name, distance });
    }
  }
  // Stable sort: equally close names keep the order the field list gives them.
  scored.sort((a, b) => a.distance - b.distance);
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
