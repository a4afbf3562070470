export type {
  AndExpr,
  Expr,
  FieldSpec,
  FieldTerm,
  FieldType,
  NotExpr,
  Op,
  OrExpr,
  ParseResult,
  Query,
  QueryError,
  Term,
  TextTerm,
} from './types';
export { MAX_QUERY_LENGTH } from './types';
export { parseQuery } from './parse';
export { printClause, printQuery, printTerm } from './print';
export { compileQuery, matches } from './evaluate';
export { andQueryTexts } from './combine';
export { termsOf } from './leaves';
