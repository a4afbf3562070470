import { problem } from './problem';

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
  if (!tags.includes(current))
    return problem(412, `${what} was changed by someone else since you read it`, {
      headers: { ETag: current },
    });
  return undefined;
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
