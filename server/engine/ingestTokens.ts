import { z } from 'zod';
import { ingestTokenSchema, type IngestToken } from '../../src/api/schemas/ingest';
import type { JsonObject } from './changes';
import { documentStore } from './documents';

/**
 * A token as a store keeps it: the SHA-256 of its secret, never the secret. Secrets are 190
 * random bits, so a fast hash is enough: there is nothing to guess from it.
 */
const storedSchema = ingestTokenSchema.extend({ hash: z.string() });
export type StoredIngestToken = IngestToken & { hash: string };

const isStored = (value: unknown): value is StoredIngestToken => storedSchema.safeParse(value).success;

export const ingestTokenDocuments = () =>
  documentStore<StoredIngestToken>('audit-console.mock.ingest-tokens', isStored, () => []);

/** What the API may show of a token: an allowlist, so the hash is never returned. */
export function publicToken(stored: StoredIngestToken): IngestToken {
  // parse() keeps only the schema's keys
  return ingestTokenSchema.parse(stored);
}

const TOKEN_PREFIX = 'aci_';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new secret: `aci_` and 32 characters from 62 (about 190 bits), from the platform's CSPRNG. */
export function newTokenSecret(): string {
  // 248 is the largest multiple of 62 below 256: rejecting the rest keeps every character equally likely
  const out: string[] = [];
  while (out.length < 32) {
    for (const byte of crypto.getRandomValues(new Uint8Array(48))) {
      if (byte < 248 && out.length < 32) out.push(ALPHABET[byte % 62] as string);
    }
  }
  return TOKEN_PREFIX + out.join('');
}

/** Hex SHA-256 of a secret, with Web Crypto: the same in the demo's browser and in Node. */
export async function hashSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why a token may not be used now, or undefined when it may. */
export function unusable(token: IngestToken, now: number): string | undefined {
  if (token.revokedAt !== null) return `The ingest token "${token.name}" was revoked.`;
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now)
    return `The ingest token "${token.name}" expired at ${token.expiresAt}.`;
  return undefined;
}

/** How the audit trail names token changes (Activity: controller, entity). */
export const TOKEN_AUDIT = { controller: 'audit.ingest_tokens', entity: 'ingest_token' } as const;

/** What the audit trail keeps of a token: what the list shows, never the hash. */
export function tokenAuditView(t: StoredIngestToken): JsonObject {
  return {
    name: t.name,
    streams: t.streams,
    expiresAt: t.expiresAt,
    source: t.source,
    hint: t.hint,
    revokedAt: t.revokedAt,
    revokedBy: t.revokedBy,
  };
}
