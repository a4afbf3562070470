import { randomId } from '../../src/api/randomId';
import type { IdempotencyKeys } from '../engine/types';
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

export async function remember(
  keys: IdempotencyKeys,
  request: Request,
  scope: string,
  who: Identity,
  id: string,
): Promise<void> {
  const key = request.headers.get('Idempotency-Key');
  if (key) await keys.remember(scoped(scope, who), key, id);
}

export function newId(prefix: string): string {
  return `${prefix}-${randomId().slice(0, 8)}`;
}
