import { randomId } from '../../src/api/randomId';
import type { IdempotencyKey, IdempotencyKeys } from '../engine/types';
import type { Identity } from './identity';

/** Keys are one user's: another user's retry with the same key makes their own resource. */
const scoped = (scope: string, who: Identity) => `${scope}/${who.user.id}`;

/**
 * Creates are not versioned, so a retried or double-clicked POST carries an Idempotency-Key:
 * the same key gets the same resource back, not a second one.
 */
export async function replayed(
  keys: IdempotencyKeys,
  request: Request,
  scope: string,
  who: Identity,
): Promise<string | undefined> {
  const key = request.headers.get('Idempotency-Key');
  return key ? keys.find(scoped(scope, who), key) : undefined;
}

/** The key a create is made once for, if the request sent one: the store remembers it with the create. */
export function onceKey(request: Request, scope: string, who: Identity): IdempotencyKey | undefined {
  const key = request.headers.get('Idempotency-Key');
  return key ? { scope: scoped(scope, who), key } : undefined;
}

export function newId(prefix: string): string {
  return `${prefix}-${randomId().slice(0, 8)}`;
}
