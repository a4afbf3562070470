import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMockSettings } from '../../mocks/settings';
import { withMockServer } from '../../mocks/testing';
import { request } from './client';
import { ApiError } from './errors';
import { meSchema } from './schemas/me';
import { DEFAULT_TIMEOUTS, requestTimeouts, TIMEOUTS_KEY } from './timeouts';

withMockServer(100);
afterEach(() => vi.unstubAllGlobals());

describe('a request that hangs', () => {
  it('gives up after its limit with an error that says so and names the request', async () => {
    // the server answers in a minute; the request waits a tenth of a second
    setMockSettings({ latencyMs: 60_000 });
    const error: unknown = await request('/me', meSchema, { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe('timeout');
    expect(apiError.transient).toBe(false);
    expect(apiError.message).toBe(
      'The server did not answer within 1 second (GET http://localhost/api/v1/me). It may be overloaded; retry, or narrow the search.',
    );
  });

  it('is cancelled by its caller without a timeout error', async () => {
    setMockSettings({ latencyMs: 60_000 });
    const caller = new AbortController();
    const pending = request('/me', meSchema, { timeoutMs: 60_000, signal: caller.signal }).catch(
      (e: unknown) => e,
    );
    caller.abort();
    const error = await pending;
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('is not cut short when the server answers in time', async () => {
    const me = await request('/me', meSchema, { timeoutMs: 60_000 });
    expect(me.permissions.length).toBeGreaterThan(0);
  });
});

describe('the limits', () => {
  it('are 5 s to "slow" and 30 s to a timeout unless localStorage says otherwise', () => {
    expect(requestTimeouts()).toEqual(DEFAULT_TIMEOUTS);
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
    });
    localStorage.setItem(TIMEOUTS_KEY, JSON.stringify({ slowMs: 1000 }));
    expect(requestTimeouts()).toEqual({ slowMs: 1000, timeoutMs: 30_000 });
    localStorage.setItem(TIMEOUTS_KEY, '{not json');
    expect(requestTimeouts()).toEqual(DEFAULT_TIMEOUTS);
  });
});
