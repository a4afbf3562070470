import { expect, type APIRequestContext } from '@playwright/test';

/**
 * A search's range as fixed instants, not `now-7d`: the page and the API, asked a moment apart,
 * then count the same records (a relative range would move between the two).
 */
export function fixedRange(): { from: string; to: string } {
  const to = new Date(Date.now() - 3_600_000);
  const from = new Date(to.getTime() - 7 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The console's path of a stream's search. */
export function searchPath(stream: string, q: string, range: { from: string; to: string }): string {
  const params = new URLSearchParams({ ...(q ? { q } : {}), ...range });
  return `/audit/${stream}?${params.toString()}`;
}

/** How many records the server itself counts for a search, asked as another client would. */
export async function apiTotal(
  request: APIRequestContext,
  stream: string,
  q: string,
  range: { from: string; to: string },
): Promise<number> {
  const response = await request.get(`/api/v1/audit/${stream}/records`, {
    params: { q, ...range, limit: 1 },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}
