import type { Expr, Term } from './types';

/** Every term of the expressions, left to right, under whatever AND, OR and NOT. */
export function termsOf(exprs: readonly Expr[]): Term[] {
  return exprs.flatMap((e): Term[] => {
    switch (e.kind) {
      case 'and':
      case 'or':
        return termsOf(e.operands);
      case 'not':
        return termsOf([e.operand]);
      default:
        return [e];
    }
  });
}
