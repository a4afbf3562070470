import { tokenize } from './lex';

/**
 * Query texts ANDed, each keeping its meaning: `a OR b` joined with `c` is `(a OR b) c`, since
 * juxtaposition binds tighter than OR. Text that parses alike with or without the parentheses
 * is left bare, so a joined query reads as one would type it.
 */
export function andQueryTexts(...parts: readonly string[]): string {
  const present = parts.map((p) => p.trim()).filter((p) => p !== '');
  if (present.length < 2) return present.join('');
  return present.map((p) => (hasTopLevelOr(p) ? `(${p})` : p)).join(' ');
}

/** An OR outside parentheses, or text too broken to tell (the parentheses then keep it apart). */
function hasTopLevelOr(text: string): boolean {
  const tokens = tokenize(text);
  if ('message' in tokens) return true;
  let depth = 0;
  for (const tok of tokens) {
    if (tok.kind === '(' || tok.kind === '-(') depth++;
    else if (tok.kind === ')') depth--;
    else if (tok.kind === 'or' && depth <= 0) return true;
  }
  return depth !== 0;
}
