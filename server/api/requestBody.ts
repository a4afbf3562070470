import type { z } from 'zod';
import { problem } from './problem';

/** The body as JSON, or a 400 saying it is not. */
export async function jsonBody(request: Request): Promise<unknown> {
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
