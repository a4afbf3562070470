import { errorMessage, isStaleVersion } from '../../../api/errors';

/**
 * A write from the list refused because its row was stale: the list reloads after every
 * write, so the user is told to look again rather than shown a conflict to settle.
 */
export function explainListWrite(error: unknown, name: string): string {
  if (isStaleVersion(error))
    return `"${name}" was changed by someone else; the list now shows the latest version. Try again if still needed.`;
  return errorMessage(error);
}
