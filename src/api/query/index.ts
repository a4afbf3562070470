export type {
  Conjunct,
  FieldSpec,
  FieldTerm,
  FieldType,
  Op,
  ParseResult,
  Query,
  QueryError,
  Term,
  TextTerm,
} from './types';
export { MAX_QUERY_LENGTH } from './types';
export { parseQuery } from './parse';
export { printConjunct, printQuery, printTerm } from './print';
export { compileQuery, matches } from './evaluate';
