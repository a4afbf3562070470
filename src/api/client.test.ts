import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../mocks/store';
import { withMockServer } from '../../mocks/testing';
import { setMockSettings } from '../../mocks/settings';
import { server } from '../../mocks/node';
import { buildPath, request, send } from './client';
import { apiRoot } from './config';
import { ApiError } from './errors';
import { facetsQuery, listRecords, recordQuery } from './records';
import { facetsSchema } from './schemas/common';
import { meSchema } from './schemas/me';
import type { RecordsParams } from './schemas/search';
import { streamContracts, type AuditRecord } from './streams';
import { readSearchParams, toRecordsParams } from '../features/search/searchState';

const RECORDS = 5000;
const RECORDS_PATH = '/api/v1/audit/authentication/records';

withMockServer(RECORDS);

/** The promise's rejection, which must be an ApiError. */
async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

async function allPages(
  params: RecordsParams,
): Promise<{ items: AuditRecord[]; totals: number[]; pages: number }> {
  const items: AuditRecord[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listRecords('authentication', { ...params, cursor });
    items.push(...page.items);
    totals.push(page.total);
    pages++;
    if (pages > 100) throw new Error('cursor never ended');
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { items, totals, pages };
}

function lower(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value).toLowerCase();
}

describe('configuration', () => {
  it('talks to the API under the test base URL', () => {
    expect(apiRoot).toBe('http://localhost/api/v1');
  });

  it('builds query strings without empty values', () => {
    expect(buildPath('/x', { a: 'b c', n: 0, u: undefined, z: null, e: '' })).toBe('/x?a=b+c&n=0');
    expect(buildPath('/x')).toBe('/x');
  });
});

describe('request and listRecords', () => {
  it('parses /me', async () => {
    const me = await request('/me', meSchema);
    expect(me.role).toBe('owner');
    expect(me.permissions).toContain('read-audit-logs');
    expect(me.user.email).toMatch(/@/);
  });

  it('returns the first page with a total and a cursor', async () => {
    const page = await listRecords('authentication', { limit: 50 });
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(RECORDS);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(new Set(page.items.map((r) => r.id)).size).toBe(50);
    // the default sort is newest first
    expect(page.items[0]?.id).toBe(memoryStore.collection('authentication').records[0]?.id);
  });

  it('uses the default page size of 100', async () => {
    expect((await listRecords('authentication', {})).items).toHaveLength(100);
  });

  it('visits every matching record exactly once by following cursors', async () => {
    const { items, totals, pages } = await allPages({ q: 'stage:mfa', limit: 100 });
    const total = totals[0] ?? -1;
    expect(total).toBeGreaterThan(100);
    expect(total).toBeLessThan(RECORDS);
    expect(new Set(totals)).toEqual(new Set([total]));
    expect(pages).toBe(Math.ceil(total / 100));
    expect(items).toHaveLength(total);
    expect(new Set(items.map((r) => r.id)).size).toBe(total);
    expect(items.every((r) => r.stage === 'mfa')).toBe(true);
    const expected = memoryStore.collection('authentication').records.filter((r) => r.stage === 'mfa').length;
    expect(total).toBe(expected);
  });

  it('gives a last page with no cursor', async () => {
    const first = await listRecords('authentication', { q: 'stage:mfa', limit: 1000 });
    expect(first.total).toBeLessThanOrEqual(1000);
    expect(first.items).toHaveLength(first.total);
    expect(first.nextCursor).toBeNull();
  });

  it('sorts by -time newest first', async () => {
    const { items } = await allPages({ sort: '-time', limit: 1000 });
    expect(items).toHaveLength(RECORDS);
    const times = items.map((r) => Date.parse(String(r.time)));
    expect(times.every((t) => !Number.isNaN(t))).toBe(true);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1] ?? 0);
    expect(times[0]).toBeGreaterThan(times[times.length - 1] ?? Infinity);
  });

  it('sorts by time oldest first', async () => {
    const page = await listRecords('authentication', { sort: 'time', limit: 1000 });
    const times = page.items.map((r) => Date.parse(String(r.time)));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
  });

  it.each([
    ['email', 1],
    ['-email', -1],
  ])('sorts by %s case-insensitively with nulls last, across pages', async (sort, dir) => {
    const { items } = await allPages({ sort, limit: 1000 });
    expect(items).toHaveLength(RECORDS);
    expect(new Set(items.map((r) => r.id)).size).toBe(RECORDS);
    const emails = items.map((r) => lower(r.email));
    const firstNull = emails.indexOf(null);
    expect(firstNull).toBeGreaterThan(0); // some records have no email, and some do
    expect(emails.slice(firstNull).every((e) => e === null)).toBe(true);
    const present = emails.slice(0, firstNull) as string[];
    for (let i = 1; i < present.length; i++) {
      const a = present[i - 1] ?? '';
      const b = present[i] ?? '';
      expect(dir * (a < b ? -1 : a > b ? 1 : 0)).toBeLessThanOrEqual(0);
    }
    expect(present[0]).not.toBe(present[present.length - 1]);
  });

  it('filters by a time range', async () => {
    const times = memoryStore.collection('authentication').times;
    const to = new Date(times[100] ?? 0).toISOString();
    const from = new Date(times[400] ?? 0).toISOString();
    const { items } = await allPages({ from, to, limit: 1000 });
    const expected = [...times].filter((t) => t >= Date.parse(from) && t <= Date.parse(to)).length;
    expect(items).toHaveLength(expected);
    expect(expected).toBeGreaterThanOrEqual(301);
    for (const r of items) {
      const t = Date.parse(String(r.time));
      expect(t).toBeGreaterThanOrEqual(Date.parse(from));
      expect(t).toBeLessThanOrEqual(Date.parse(to));
    }
  });

  it('fetches one record by id', async () => {
    const target = memoryStore.collection('authentication').records[123];
    if (!target) throw new Error('no record 123');
    const client = new QueryClient();
    const record = await client.fetchQuery(recordQuery('authentication', target.id));
    expect(record).toEqual(target);
    client.clear();
  });
});

describe('400: the message names the parameter', () => {
  it.each<[string, RecordsParams, string]>([
    ['a huge limit', { limit: 1e9 }, 'limit'],
    ['a zero limit', { limit: 0 }, 'limit'],
    ['an unknown sort field', { sort: 'nonsense' }, 'sort'],
    ['a malformed sort', { sort: 'Time DESC' }, 'sort'],
    ['an unknown query field', { q: 'evnt:x' }, 'q'],
    ['a broken query', { q: '(stage:mfa' }, 'q'],
    ['a bad cursor', { cursor: 'not-a-cursor!' }, 'cursor'],
    ['a cursor this server did not issue', { cursor: btoa('offset=5') }, 'cursor'],
    ['a start after the end', { from: '2026-11-20T00:00:00Z', to: '2026-11-10T00:00:00Z' }, 'from'],
    ['an impossible start', { from: '2026-02-30' }, 'from'],
    ['a garbage end', { to: 'tomorrow' }, 'to'],
  ])('%s', async (_, params, field) => {
    const error = await apiErrorOf(listRecords('authentication', params));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.transient).toBe(false);
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).toMatch(/^The request was refused: /);
    expect(Object.keys(error.fieldErrors())).toEqual([field]);
  });
});

describe('the app and the API agree on time bounds', () => {
  it.each([
    'from=now-999999d',
    'to=now-999999w',
    'from=0000-01-01T00:00:00%2B01:00',
    'from=now-7d&to=now-1h',
    'from=all',
  ])('a link with %s gives a request the API accepts', async (link) => {
    const now = Date.now();
    const { state } = readSearchParams(new URLSearchParams(link), streamContracts.authentication, now);
    const params = toRecordsParams(state, now);
    const page = await listRecords('authentication', { ...params, limit: 1 });
    expect(page.total).toBeGreaterThanOrEqual(0);
    if (params.from) expect(params.from).toMatch(/^\d{4}-/);
    if (params.to) expect(params.to).toMatch(/^\d{4}-/);
  });
});

describe('403 and 404', () => {
  it('refuses a member, saying permission is missing', async () => {
    setMockSettings({ role: 'member' });
    const error = await apiErrorOf(listRecords('authentication', { limit: 10 }));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/permission/);
    expect(error.message).toContain('read-audit-logs');
    expect(error.transient).toBe(false);
    // /me still answers, with no permissions
    const me = await request('/me', meSchema);
    expect(me.role).toBe('member');
    expect(me.permissions).toEqual([]);
  });

  it('lets an auditor read', async () => {
    setMockSettings({ role: 'auditor' });
    expect((await listRecords('authentication', { limit: 3 })).items).toHaveLength(3);
  });

  it('gives 404 for an unknown record id', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const error = await apiErrorOf(client.fetchQuery(recordQuery('authentication', 'auth-does-not-exist')));
    expect(error.status).toBe(404);
    expect(error.message).toContain('auth-does-not-exist');
    expect(error.message).toMatch(/^Not found: /);
    client.clear();
  });

  it('gives 404 for an unknown stream', async () => {
    const error = await apiErrorOf(request('/audit/nonsense/records', meSchema));
    expect(error.status).toBe(404);
    expect(error.message).toContain('nonsense');
  });
});

describe('faults', () => {
  it('500: a transient http error', async () => {
    setMockSettings({ fault: '500' });
    const error = await apiErrorOf(listRecords('authentication', { limit: 10 }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(500);
    expect(error.transient).toBe(true);
    expect(error.retryAfter).toBeNull();
    expect(error.message).toContain('(500)');
    expect(error.message).toContain(RECORDS_PATH);
  });

  it('503 with Retry-After: the wait is read and shown', async () => {
    setMockSettings({ fault: '503', retryAfter: 7 });
    const error = await apiErrorOf(listRecords('authentication', { limit: 10 }));
    expect(error.status).toBe(503);
    expect(error.transient).toBe(true);
    expect(error.retryAfter).toBe(7);
    expect(error.message).toContain('7 seconds');
  });

  it('503 with Retry-After: 1 says "1 second"', async () => {
    setMockSettings({ fault: '503', retryAfter: 1 });
    const error = await apiErrorOf(listRecords('authentication', { limit: 10 }));
    expect(error.retryAfter).toBe(1);
    expect(error.message).toContain('Try again in 1 second.');
  });

  it('bad-body: a schema error naming the request path', async () => {
    setMockSettings({ fault: 'bad-body' });
    const error = await apiErrorOf(listRecords('authentication', { limit: 10 }));
    expect(error.kind).toBe('schema');
    expect(error.status).toBeNull();
    expect(error.transient).toBe(false);
    expect(error.message).toContain(RECORDS_PATH);
    expect(error.message).toContain('items');
  });

  it('network: a network error', async () => {
    setMockSettings({ fault: 'network' });
    const error = await apiErrorOf(listRecords('authentication', { limit: 10 }));
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.transient).toBe(true);
    expect(error.message).toContain(RECORDS_PATH);
  });

  it.each(['500', '503', 'bad-body', 'network'] as const)(
    '/me still works under an /audit/ fault %s',
    async (fault) => {
      setMockSettings({ fault });
      const me = await request('/me', meSchema);
      expect(me.org.name).toBe('Dunmore Energy');
    },
  );

  it('faultPath moves the fault onto /me', async () => {
    setMockSettings({ fault: '500', faultPath: '/me' });
    expect((await apiErrorOf(request('/me', meSchema))).status).toBe(500);
    expect((await listRecords('authentication', { limit: 1 })).items).toHaveLength(1);
  });

  it('reports a non-JSON error body by its status', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/api/v1/me', () => new HttpResponse('<html>oops</html>', { status: 502 })));
    const error = await apiErrorOf(request('/me', meSchema));
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.message).toContain('(502)');
  });

  it('reports a 200 that is not JSON as a schema error', async () => {
    const { http, HttpResponse } = await import('msw');
    server.use(http.get('*/api/v1/me', () => HttpResponse.text('hello')));
    const error = await apiErrorOf(request('/me', meSchema));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain('not JSON');
  });
});

describe('facets', () => {
  it('lists stage values by count, most frequent first, with true counts', async () => {
    const client = new QueryClient();
    const facets = await client.fetchQuery(facetsQuery('authentication', 'stage', ''));
    client.clear();
    expect(facets.field).toBe('stage');
    expect(facets.values.length).toBeGreaterThan(3);
    expect(facets.values.length).toBeLessThanOrEqual(10);
    const counts = facets.values.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const records = memoryStore.collection('authentication').records;
    for (const { value, count } of facets.values) {
      expect(count).toBe(records.filter((r) => r.stage === value).length);
    }
    const mfa = facets.values.find((v) => v.value === 'mfa');
    expect(mfa?.count).toBe((await listRecords('authentication', { q: 'stage:mfa', limit: 1 })).total);
  });

  it('filters by prefix, case-insensitively', async () => {
    const facets = await request('/audit/authentication/facets', facetsSchema, {
      params: { field: 'STAGE', prefix: 'TOKEN_' },
    });
    expect(facets.field).toBe('stage');
    expect(facets.values.map((v) => v.value).sort()).toEqual(['token_issue', 'token_refresh']);
  });

  it('refuses an unknown field, naming field', async () => {
    const error = await apiErrorOf(
      request('/audit/authentication/facets', facetsSchema, { params: { field: 'password' } }),
    );
    expect(error.status).toBe(400);
    expect(error.message).toContain('"field"');
    expect(error.message).toContain('password');
  });

  it('refuses a missing field, naming field', async () => {
    const error = await apiErrorOf(request('/audit/authentication/facets', facetsSchema));
    expect(error.status).toBe(400);
    expect(error.message).toContain('"field"');
  });
});

describe('send', () => {
  it('leaves a 2xx body unread for its caller, having asked for the media type given', async () => {
    const { http, HttpResponse } = await import('msw');
    let accept: string | null = null;
    server.use(
      http.get('*/api/v1/me', ({ request }) => {
        accept = request.headers.get('Accept');
        return HttpResponse.text('a,b\n1,2\n');
      }),
    );
    const sent = await send('/me', { accept: 'text/csv', params: { x: 1 } });
    expect(accept).toBe('text/csv');
    expect(sent.method).toBe('GET');
    expect(sent.path).toBe('http://localhost/api/v1/me?x=1');
    expect(await sent.response.text()).toBe('a,b\n1,2\n');
  });

  it('turns a refusal into the same ApiError as a JSON request', async () => {
    setMockSettings({ fault: '503', retryAfter: 2 });
    const error = await apiErrorOf(send('/audit/authentication/export', { params: { format: 'csv' } }));
    expect(error.status).toBe(503);
    expect(error.message).toContain('Try again in 2 seconds.');
  });
});

describe('abort', () => {
  it('rejects with the abort, not an ApiError, when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const error: unknown = await listRecords('authentication', { limit: 10 }, controller.signal).then(
      () => 'resolved',
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('rejects with the reason given to abort()', async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    controller.abort(reason);
    await expect(listRecords('authentication', { limit: 10 }, controller.signal)).rejects.toBe(reason);
  });

  it('rejects with the abort when aborted while in flight', async () => {
    setMockSettings({ latencyMs: 2000 });
    const controller = new AbortController();
    // aborted when the server has the request, not after a guessed delay: on a busy machine
    // a timer may fire before the request is sent
    const abortOnArrival = () => controller.abort();
    server.events.on('request:start', abortOnArrival);
    const error: unknown = await listRecords('authentication', { limit: 10 }, controller.signal)
      .then(
        () => 'resolved',
        (e: unknown) => e,
      )
      .finally(() => server.events.removeListener('request:start', abortOnArrival));
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });
});
