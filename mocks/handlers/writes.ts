import { HttpResponse } from 'msw';
import type { z } from 'zod';
import { READ_AUDIT_LOGS } from '../../src/api/schemas/me';
import { applyFaults } from '../faults';
import { problem } from '../problem';
import { store } from '../store';
import { can } from './me';
import { randomId } from '../../src/api/randomId';

/** Faults, then permissions: reading needs read-audit-logs; `permission` is what the call also needs. */
export async function allow(
  request: Request,
  doing: string,
  permission?: string,
): Promise<Response | undefined> {
  const fault = await applyFaults(request);
  if (fault) return fault;
  if (!can(READ_AUDIT_LOGS)) return problem(403, `${doing} needs the "${READ_AUDIT_LOGS}" permission.`);
  if (permission && !can(permission)) return problem(403, `${doing} needs the "${permission}" permission.`);
  return undefined;
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
  if (!tags.includes(current))
    return problem(412, `${what} was changed by someone else since you read it`, {
      headers: { ETag: current },
    });
  return undefined;
}

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

/** A JSON answer carrying the version it shows. */
export function versioned(body: object, etag: string, status = 200, headers: Record<string, string> = {}) {
  return HttpResponse.json(body, { status, headers: { ETag: etag, ...headers } });
}

/**
 * Creates are not versioned, so a retried or double-clicked POST carries an Idempotency-Key:
 * the same key gets the same resource back, not a second one.
 */
export async function replayed(request: Request, scope: string): Promise<string | undefined> {
  const key = request.headers.get('Idempotency-Key');
  return key ? store.idempotency.find(scope, key) : undefined;
}

export async function remember(request: Request, scope: string, id: string): Promise<void> {
  const key = request.headers.get('Idempotency-Key');
  if (key) await store.idempotency.remember(scope, key, id);
}

export function newId(prefix: string): string {
  return `${prefix}-${randomId().slice(0, 8)}`;
}
