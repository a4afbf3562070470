import type { z } from 'zod';
import { badParameter } from './problem';

/** The query string as the contract's parameter schemas read it (the last of repeated names wins). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** A 400 naming the first parameter the schema refused. */
export function firstIssue(error: z.ZodError, fallback = 'query'): Response {
  const issue = error.issues[0];
  return badParameter(String(issue?.path[0] ?? fallback), issue?.message ?? 'invalid');
}
