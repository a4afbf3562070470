import { READ_AUDIT_LOGS } from '../../src/api/schemas/me';
import { isStreamName, type StreamName } from '../../src/api/streams';
import type { Identity } from './identity';
import type { ApiOptions } from './options';
import { problem } from './problem';

/**
 * A 403 saying which permission `doing` lacks, or undefined when it is allowed: everything
 * needs read-audit-logs, and `also` is what the call needs besides.
 */
export function refusal(identity: Identity, doing: string, also?: string): Response | undefined {
  if (!identity.permissions.includes(READ_AUDIT_LOGS))
    return problem(403, `${doing} needs the "${READ_AUDIT_LOGS}" permission.`);
  if (also && !identity.permissions.includes(also))
    return problem(403, `${doing} needs the "${also}" permission.`);
  return undefined;
}

export interface StreamAccess {
  stream: StreamName;
  identity: Identity;
}

/**
 * What every endpoint of one stream checks first: who asks (before anything is said about
 * the stream), that the stream exists (404), and that they may read audit logs (403).
 */
export async function streamAccess(
  { identity }: ApiOptions,
  request: Request,
  name: string,
  doing = 'Reading',
): Promise<StreamAccess | Response> {
  const who = await identity(request);
  if (!isStreamName(name)) return problem(404, `There is no audit stream "${name}".`);
  return refusal(who, `${doing} audit logs`) ?? { stream: name, identity: who };
}
