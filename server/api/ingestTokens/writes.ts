import { ingestTokenInputSchema } from '../../../src/api/schemas/ingest';
import { hashSecret, newTokenSecret, type StoredIngestToken } from '../../engine/ingestTokens';
import type { Identity } from '../identity';
import { fieldError, fieldErrors } from '../requestBody';

/** A new console token from a create's body, with its secret: the only time the secret exists outside a sender. */
export async function newToken(
  body: unknown,
  id: string,
  who: Identity,
  now = Date.now(),
): Promise<{ stored: StoredIngestToken; secret: string } | Response> {
  const parsed = ingestTokenInputSchema.safeParse(body);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { name, streams, expiresAt } = parsed.data;
  // an expiry already past makes a token that never works: surely a slip of the date
  if (expiresAt !== null && Date.parse(expiresAt) <= now)
    return fieldError('expiresAt', 'Choose a time in the future, or no expiry.');
  const secret = newTokenSecret();
  return {
    secret,
    stored: {
      id,
      name,
      streams: [...new Set(streams)],
      // one spelling (UTC) whatever offset the form sent, so lists sort and compare as text
      expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
      createdAt: new Date(now).toISOString(),
      createdBy: who.user.email,
      lastUsedAt: null,
      revokedAt: null,
      revokedBy: null,
      source: 'console',
      hint: secret.slice(-4),
      hash: await hashSecret(secret),
    },
  };
}
