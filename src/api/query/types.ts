/**
 * The query language's data model. Pure: shared by the app (parsing the search box)
 * and the mock server (evaluating the same query), so the two cannot disagree.
 */

/** How a field's values are compared. */
export type FieldType =
  /** exact, case-insensitive match (`event:success`); prefix with `*` */
  | 'keyword'
  /** case-insensitive substring match (`user_agent:firefox`); prefix with `*` */
  | 'text'
  /** numeric; supports `>`, `>=`, `<`, `<=` */
  | 'number'
  /** ISO 8601 instant; `field:2026-11-01` matches by prefix, comparisons by instant */
  | 'time';

export interface FieldSpec {
  /** canonical name as it appears in records and queries (lower case, snake_case) */
  readonly name: string;
  readonly type: FieldType;
  /** bare words search this field */
  readonly freeText?: boolean;
  /** human label for chips and autocomplete */
  readonly label?: string;
  /** offered as a facet (frequent values) in autocomplete */
  readonly facet?: boolean;
}

export type Op = 'eq' | 'prefix' | 'gt' | 'gte' | 'lt' | 'lte';

export interface FieldTerm {
  readonly kind: 'field';
  /** canonical field name (normalised to the FieldSpec's name) */
  readonly field: string;
  readonly op: Op;
  /** the value without quotes, escapes or the trailing `*` of a prefix */
  readonly value: string;
  readonly negate: boolean;
}

export interface TextTerm {
  readonly kind: 'text';
  /** a bare word or a quoted phrase, without quotes */
  readonly value: string;
  readonly negate: boolean;
}

export type Term = FieldTerm | TextTerm;

/** Terms joined by OR. A query is an AND of conjuncts; OR binds tighter than AND. */
export interface Conjunct {
  readonly terms: readonly Term[];
}

export interface Query {
  readonly conjuncts: readonly Conjunct[];
}

/** Points at the offending token: `input.slice(start, end)`. */
export interface QueryError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export type ParseResult =
  { readonly ok: true; readonly query: Query } | { readonly ok: false; readonly error: QueryError };

export const MAX_QUERY_LENGTH = 2000;
