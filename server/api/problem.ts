import type { Problem } from '../../src/api/schemas/common';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An RFC 9457 problem: every error of the API, so the client reads one shape. */
export function problem(
  status: number,
  detail: string,
  extra: { errors?: Problem['errors']; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail };
  if (extra.errors) body.errors = extra.errors;
  return Response.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...extra.headers },
  });
}

/** A 400 naming the parameter at fault. */
export function badParameter(field: string, message: string): Response {
  return problem(400, `Invalid parameter "${field}": ${message}`, { errors: [{ field, message }] });
}

/**
 * A refusal thrown from deep inside a request (a search the overview can't run, an identity
 * without a session): the API answers with its response instead of a 500.
 */
export class ApiProblem extends Error {
  constructor(readonly response: Response) {
    super(`refused with ${response.status}`);
    this.name = 'ApiProblem';
  }
}
