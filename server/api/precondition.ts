import type { ConditionalWrite } from '../engine/types';
import { problem } from './problem';

/** 412: the version a write named is no longer the current one, which it is told. */
function stale(current: string, what: string): Response {
  return problem(412, `${what} was changed by someone else since you read it`, {
    headers: { ETag: current },
  });
}

/**
 * Optimistic concurrency: a write names the version it replaces. None → 428; another one → 412,
 * with the current ETag, so that nothing someone else saved is silently overwritten.
 */
export function precondition(request: Request, current: string, what: string): Response | undefined {
  const ifMatch = request.headers.get('If-Match');
  if (!ifMatch)
    return problem(428, `Send If-Match with the ETag from your last read of ${what}.`, {
      headers: { ETag: current },
    });
  const tags = ifMatch.split(',').map((t) => t.trim());
  if (!tags.includes(current)) return stale(current, what);
  return undefined;
}

/**
 * The answer to a conditional write the store refused: another write got in between this
 * request's read and its write (412), or deleted the document (`gone`).
 */
export function lostRace(
  outcome: Extract<ConditionalWrite, { ok: false }>,
  what: string,
  gone: () => Response,
): Response {
  return outcome.current === undefined ? gone() : stale(outcome.current, what);
}

/** A JSON answer carrying the version it shows. */
export function versioned(
  body: object,
  etag: string,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return Response.json(body, { status, headers: { ETag: etag, ...headers } });
}
