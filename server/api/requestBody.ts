import type { z } from 'zod';
import { problem } from './problem';

/**
 * The body as JSON, or the answer refusing it: 415 unless it is declared JSON, which a form or
 * another site's page cannot send without a CORS preflight (that this API never grants), so a
 * page elsewhere cannot make a signed-in browser change settings; 400 when it does not parse.
 */
export async function jsonBody(request: Request): Promise<unknown> {
  const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !/^application\/[\w.+-]+\+json$/.test(type))
    return problem(
      415,
      `Send the body as JSON, with Content-Type: application/json (got ${type ? `"${type}"` : 'none'}).`,
    );
  try {
    return (await request.json()) as unknown;
  } catch {
    return problem(400, 'The request body is not JSON.');
  }
}

/** A 400 with every refused field, as `errors: [{field, message}]` the form shows on the field. */
export function fieldErrors(error: z.ZodError): Response {
  const errors = error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
  const first = errors[0];
  return problem(400, first ? `${first.field}: ${first.message}` : 'Invalid request.', { errors });
}

export function fieldError(field: string, message: string, status = 400): Response {
  return problem(status, `${field}: ${message}`, { errors: [{ field, message }] });
}
