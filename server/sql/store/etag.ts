import { randomBytes } from 'node:crypto';

/**
 * A new version's ETag: random, not a counter, so that a version number reached again after
 * a reset (or by another database) is never mistaken for the version a client read.
 */
export function newEtag(): string {
  return `"${randomBytes(9).toString('base64url')}"`;
}
