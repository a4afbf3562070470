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
}

export interface TextTerm {
  readonly kind: 'text';
  /** a bare word or a quoted phrase, without quotes */
  readonly value: string;
}

export type Term = FieldTerm | TextTerm;

/** `a AND b`, or `a b`: every operand holds. An empty list holds for every record. */
export interface AndExpr {
  readonly kind: 'and';
  readonly operands: readonly Expr[];
}

/** `a OR b`: some operand holds. An empty list holds for none. */
export interface OrExpr {
  readonly kind: 'or';
  readonly operands: readonly Expr[];
}

/** `NOT a`, `-a` or `-(…)`: the operand does not hold. */
export interface NotExpr {
  readonly kind: 'not';
  readonly operand: Expr;
}

export type Expr = Term | AndExpr | OrExpr | NotExpr;

/**
 * A whole query: its clauses, ANDed (none matches every record). Each clause is one chip.
 * Precedence is NOT > AND > OR, so `a b OR c` is one clause, `(a AND b) OR c`.
 *
 * What the parser writes (and so what print/parse round-trips) is canonical: and/or nodes
 * have two operands or more, no and is directly inside an and or among the clauses, and no
 * or is directly inside an or. Evaluators accept any tree.
 */
export interface Query {
  readonly clauses: readonly Expr[];
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
