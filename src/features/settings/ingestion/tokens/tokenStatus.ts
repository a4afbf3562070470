import type { IngestToken } from '../../../../api/schemas/ingest';

export type TokenStatus = 'Active' | 'Expired' | 'Revoked';

/** What a sender holding the token would meet now; the API refuses it by the same rules. */
export function tokenStatus(token: IngestToken, now: number): TokenStatus {
  if (token.revokedAt !== null) return 'Revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now) return 'Expired';
  return 'Active';
}
