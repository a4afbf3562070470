import { formatCount } from './formatCount';
import { firstHiddenChar } from './hiddenChars';

/**
 * Why a settings value that people read back (a name, a path, a user name) cannot be
 * stored, or null. Control characters would split log lines and headers (CR/LF), drive a
 * terminal (ESC), and bidi or invisible characters make one value look like another; a
 * length limit keeps one value from filling a screen.
 */
export function plainTextProblem(text: string, what: string, max: number): string | null {
  if (text.length > max)
    return `${what} is longer than ${formatCount(max)} characters (it has ${formatCount(text.length)}).`;
  return hiddenCharProblem(text, what);
}

/** Why a name cannot be stored because of a hidden character, or null (its length is checked on its own). */
export function hiddenCharProblem(text: string, what: string): string | null {
  const hidden = firstHiddenChar(text);
  if (hidden)
    return `${what} contains ${hidden.token} (${hidden.name}); control, bidirectional and invisible characters are refused.`;
  return null;
}
