/**
 * LIKE patterns for a literal needle. Backslash is LIKE's default escape character, so `%`,
 * `_` and `\` in a value match themselves, not any text.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}

export function containsPattern(needle: string): string {
  return `%${escapeLike(needle)}%`;
}

export function prefixPattern(needle: string): string {
  return `${escapeLike(needle)}%`;
}
