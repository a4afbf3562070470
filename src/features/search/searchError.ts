import { isCancelledError } from '@tanstack/react-query';

/** What to say of a failed search; one the user cancelled failed by their choice, not "CancelledError". */
export function searchError(error: Error): string {
  return isCancelledError(error)
    ? 'You cancelled the search before the server answered. Retry to run it again.'
    : error.message;
}
