import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter } from './client';
import { ApiError } from './errors';
import { MAX_RETRIES, retryDelay, shouldRetry } from './retry';

function httpError(status: number, retryAfter: number | null = null): ApiError {
  return new ApiError({
    kind: 'http',
    method: 'GET',
    path: 'http://localhost/api/v1/audit/authentication/records',
    status,
    problem: { title: 'x', status },
    retryAfter,
  });
}

const networkError = new ApiError({ kind: 'network', method: 'GET', path: '/api/v1/me' });
const schemaError = new ApiError({
  kind: 'schema',
  method: 'GET',
  path: '/api/v1/me',
  detail: 'items: expected array',
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('shouldRetry', () => {
  it('allows three retries', () => {
    expect(MAX_RETRIES).toBe(3);
  });

  it.each([500, 502, 503, 504])('retries a %i up to 3 times', (status) => {
    const error = httpError(status);
    expect([0, 1, 2, 3, 4].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false, false]);
  });

  it('retries a network error up to 3 times', () => {
    expect([0, 1, 2, 3].map((n) => shouldRetry(n, networkError))).toEqual([true, true, true, false]);
  });

  it.each([400, 401, 403, 404, 409, 412, 428, 429])('never retries a %i', (status) => {
    const error = httpError(status, status === 429 ? 1 : null);
    expect([0, 1, 2].map((n) => shouldRetry(n, error))).toEqual([false, false, false]);
  });

  it('never retries a response in the wrong shape, or an error that is not an ApiError', () => {
    expect(shouldRetry(0, schemaError)).toBe(false);
    expect(shouldRetry(0, new Error('boom'))).toBe(false);
    expect(shouldRetry(0, new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(shouldRetry(0, 'string')).toBe(false);
  });

  it('makes TanStack Query try a failing 500 four times in all, and a 404 once', async () => {
    const client = new QueryClient();
    const run = async (error: ApiError) => {
      const queryFn = vi.fn(() => Promise.reject(error));
      await expect(
        client.fetchQuery({ queryKey: ['retry', error.status], queryFn, retry: shouldRetry, retryDelay: 0 }),
      ).rejects.toBe(error);
      return queryFn.mock.calls.length;
    };
    expect(await run(httpError(500))).toBe(1 + MAX_RETRIES);
    expect(await run(httpError(404))).toBe(1);
    client.clear();
  });
});

describe('retryDelay', () => {
  it('waits as long as Retry-After asks', () => {
    expect(retryDelay(0, httpError(503, 7))).toBe(7000);
    expect(retryDelay(5, httpError(429, 1))).toBe(1000);
    expect(retryDelay(2, httpError(503, 0))).toBe(0);
  });

  it('caps Retry-After at 10 seconds', () => {
    expect(retryDelay(0, httpError(503, 10))).toBe(10_000);
    expect(retryDelay(0, httpError(503, 11))).toBe(10_000);
    expect(retryDelay(0, httpError(503, 3600))).toBe(10_000);
  });

  it('backs off exponentially from 250 ms, with up to 25% jitter', () => {
    const random = vi.spyOn(Math, 'random');
    random.mockReturnValue(0);
    expect([0, 1, 2, 3].map((a) => retryDelay(a, httpError(500)))).toEqual([250, 500, 1000, 2000]);
    random.mockReturnValue(0.999999);
    expect([0, 1, 2, 3].map((a) => retryDelay(a, networkError))).toEqual([312, 624, 1249, 2499]);
  });

  it('grows with the attempt whatever the jitter', () => {
    const random = vi.spyOn(Math, 'random');
    for (let attempt = 0; attempt < 6; attempt++) {
      random.mockReturnValue(0.999999);
      const slowest = retryDelay(attempt, new Error('x'));
      random.mockReturnValue(0);
      const fastestNext = retryDelay(attempt + 1, new Error('x'));
      expect(fastestNext).toBeGreaterThan(slowest);
    }
  });

  it('always returns a whole number of milliseconds within the jitter band', () => {
    for (let i = 0; i < 200; i++) {
      const d = retryDelay(2, httpError(502));
      expect(Number.isInteger(d)).toBe(true);
      expect(d).toBeGreaterThanOrEqual(1000);
      expect(d).toBeLessThan(1250);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 24, 15, 30, 0);

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 120 ', now)).toBe(120);
  });

  it('reads an HTTP date as the seconds until it', () => {
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30);
    expect(parseRetryAfter('Tue, 24 Nov 2026 15:32:00 GMT', now)).toBe(120);
  });

  it('rounds a part second up and never goes negative', () => {
    expect(parseRetryAfter('Tue, 24 Nov 2026 15:30:05 GMT', now - 500)).toBe(6);
    expect(parseRetryAfter('Tue, 24 Nov 2026 15:00:00 GMT', now)).toBe(0);
  });

  it('gives null when there is nothing usable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('', now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
