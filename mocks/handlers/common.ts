import type { z } from 'zod';
import { READ_AUDIT_LOGS } from '../../src/api/schemas/me';
import { isStreamName, type StreamName } from '../../src/api/streams';
import { applyFaults } from '../faults';
import { badParameter, problem } from '../problem';
import { can } from './me';

export function paramsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** A 400 naming the first parameter the schema refused. */
export function firstIssue(error: z.ZodError): Response {
  const issue = error.issues[0];
  return badParameter(String(issue?.path[0] ?? 'query'), issue?.message ?? 'invalid');
}

/** Checks that every audit endpoint shares: faults, stream name, permission. */
export async function guard(
  request: Request,
  stream: string,
  doing = 'Reading',
): Promise<Response | StreamName> {
  const fault = await applyFaults(request);
  if (fault) return fault;
  if (!isStreamName(stream)) return problem(404, `There is no audit stream "${stream}".`);
  if (!can(READ_AUDIT_LOGS))
    return problem(403, `${doing} audit logs needs the "${READ_AUDIT_LOGS}" permission.`);
  return stream;
}
