/**
 * Search box text → Query, by recursive descent over the tokens of lex.ts. Precedence is
 * NOT > AND (written or implied by juxtaposition) > OR, and parentheses group. The first
 * problem found is reported with the token it is in.
 */
import { MAX_QUERY_LENGTH } from './types';
import type { Expr, FieldSpec, ParseResult, QueryError } from './types';
import * as msg from './messages';
import { tokenize, type Token } from './lex';
import { at, isError, parseWord, type FieldLookup } from './term';

/** Parentheses and NOTs inside one another; deeper trees only cost the SQL planner more. */
export const MAX_NESTING = 20;

/** Recent results per field list: the search box, the page, the prefetch and the mock all parse the same text. */
const recent = new WeakMap<readonly FieldSpec[], Map<string, ParseResult>>();
const RECENT_LIMIT = 32;

/**
 * Parses a query. The same text with the same field list gives the very same (immutable) result,
 * so every part of one search shares one parse.
 */
export function parseQuery(input: string, fields: readonly FieldSpec[]): ParseResult {
  let cache = recent.get(fields);
  if (!cache) recent.set(fields, (cache = new Map()));
  let result = cache.get(input);
  if (result === undefined) {
    result = parse(input, fields);
    if (cache.size >= RECENT_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(input, result);
  }
  return result;
}

function parse(input: string, fields: readonly FieldSpec[]): ParseResult {
  // Checked first so a pasted megabyte costs nothing.
  if (input.length > MAX_QUERY_LENGTH) {
    return failure({
      message: msg.tooLong(input.length, MAX_QUERY_LENGTH),
      start: 0,
      end: MAX_QUERY_LENGTH,
    });
  }
  const tokens = tokenize(input);
  if (isError(tokens)) return failure(tokens);
  if (tokens.length === 0) return { ok: true, query: { clauses: [] } };
  try {
    const parser = new Parser(tokens, new Map(fields.map((f) => [f.name.toLowerCase(), f])), fields);
    const expr = parser.or(undefined);
    const stray = parser.peek();
    if (stray !== undefined) throw new ParseFailure(at(stray, 'This ")" has no "(" before it.'));
    return { ok: true, query: { clauses: expr.kind === 'and' ? expr.operands : [expr] } };
  } catch (e) {
    if (e instanceof ParseFailure) return failure(e.error);
    throw e;
  }
}

class ParseFailure extends Error {
  constructor(readonly error: QueryError) {
    super(error.message);
  }
}

/**
 * Each method parses one level of precedence. `after` is the token just before the operand
 * expected (an operator or "("), undefined at the start: errors name it.
 */
class Parser {
  private next = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly lookup: FieldLookup,
    private readonly fields: readonly FieldSpec[],
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.next];
  }

  or(after: Token | undefined): Expr {
    const operands = [this.and(after)];
    for (let tok = this.peek(); tok?.kind === 'or'; tok = this.peek()) {
      this.next++;
      operands.push(this.and(tok));
    }
    return join('or', operands);
  }

  private and(after: Token | undefined): Expr {
    const operands = [this.unary(after)];
    for (
      let tok = this.peek();
      tok !== undefined && tok.kind !== 'or' && tok.kind !== ')';
      tok = this.peek()
    ) {
      if (tok.kind === 'and') this.next++;
      operands.push(this.unary(tok.kind === 'and' ? tok : undefined));
    }
    return join('and', operands);
  }

  private unary(after: Token | undefined): Expr {
    const tok = this.peek();
    if (tok === undefined || tok.kind === ')') throw new ParseFailure(missingOperand(after, tok));
    this.next++;
    switch (tok.kind) {
      case 'word': {
        const expr = parseWord(tok, this.lookup, this.fields);
        if (isError(expr)) throw new ParseFailure(expr);
        return expr;
      }
      case 'and':
      case 'or':
        throw new ParseFailure(at(tok, misplacedOperator(tok, after)));
      case 'not':
        return { kind: 'not', operand: this.nested(tok, () => this.unary(tok)) };
      case '(':
      case '-(': {
        const inner = this.nested(tok, () => this.group(tok));
        return tok.kind === '-(' ? { kind: 'not', operand: inner } : inner;
      }
    }
  }

  private group(open: Token): Expr {
    const inner = this.or(open);
    if (this.peek()?.kind !== ')') throw new ParseFailure(at(open, 'This "(" is never closed.'));
    this.next++;
    return inner;
  }

  private nested(tok: Token, parse: () => Expr): Expr {
    if (this.depth >= MAX_NESTING) {
      throw new ParseFailure(
        at(tok, `Too deeply nested; at most ${MAX_NESTING} parentheses and NOTs inside one another.`),
      );
    }
    this.depth++;
    const expr = parse();
    this.depth--;
    return expr;
  }
}

/** One operand stands alone; nested and-in-and and or-in-or are flattened (the canonical form). */
function join(kind: 'and' | 'or', operands: readonly Expr[]): Expr {
  const flat = operands.flatMap((e) => (e.kind === kind ? e.operands : [e]));
  const [only] = flat;
  return only !== undefined && flat.length === 1 ? only : { kind, operands: flat };
}

function text(tok: Token): string {
  return tok.input.slice(tok.start, tok.end);
}

function missingOperand(after: Token | undefined, tok: Token | undefined): QueryError {
  if (after !== undefined && isOpen(after)) {
    if (tok === undefined) return at(after, 'This "(" is never closed.');
    return { message: 'Empty parentheses; put a term between them.', start: after.start, end: tok.end };
  }
  if (after !== undefined) return at(after, `"${text(after)}" needs a term after it.`);
  // Only a ")" can come where the query's first operand should.
  if (tok !== undefined) return at(tok, 'This ")" has no "(" before it.');
  return { message: 'Expected a term.', start: 0, end: 0 };
}

function misplacedOperator(tok: Token, after: Token | undefined): string {
  if (after === undefined || isOpen(after)) {
    return `"${text(tok)}" needs a term before it.`;
  }
  return `"${text(after)}" and "${text(tok)}" in a row; put a term between them.`;
}

function isOpen(tok: Token): boolean {
  return tok.kind === '(' || tok.kind === '-(';
}

function failure(error: QueryError): ParseResult {
  return { ok: false, error };
}
