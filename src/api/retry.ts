import { ApiError } from './errors';

export const MAX_RETRIES = 3;

/** GETs retry on server and network failures only; a 4xx will not change by asking again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && error instanceof ApiError && error.transient;
}

/** Exponential backoff with jitter, or what the server asked for in Retry-After (capped). */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfter !== null) return Math.min(error.retryAfter, 10) * 1000;
  const base = 250 * 2 ** attempt;
  return base + Math.floor(Math.random() * base * 0.25);
}
