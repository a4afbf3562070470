import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../config/securityHeaders.js';
import type { AuditRecord } from '../../src/api/streams';
import { memoryHostStore } from './memoryHostStore';
import { APP_JS, INDEX_HTML, request, startTestHost, type Answer, type TestHost } from './testHost';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function login(i: number): AuditRecord {
  return {
    id: `auth-${i}`,
    time: minutesAgo(i),
    user_id: 'u-1',
    upstream_user_id: null,
    email: 'ada@example.com',
    org_id: 'org-1',
    org_name: 'Example',
    event: 'success',
    source_ip: '192.0.2.1',
    token_id: null,
    trace_id: `trace-${i}`,
    session: null,
    issuer: 'https://auth.example.com',
    client_id: 'console',
    application_name: 'Console',
    login_org_id: null,
    login_org_name: null,
    upstream_idp: null,
    stage: 'password',
    user_agent: 'test',
  };
}

let host: TestHost;
const get = (path: string, headers: Record<string, string> = {}) =>
  request(`${host.url}${path}`, { headers });

beforeAll(async () => {
  const store = memoryHostStore();
  await store.insert('authentication', [login(1), login(2), login(3)]);
  host = await startTestHost(store);
});
afterAll(() => host.close(1000));

function expectSecurityHeaders(answer: Answer): void {
  for (const [name, value] of Object.entries(securityHeaders()))
    expect(answer.headers[name.toLowerCase()], name).toBe(value);
}

describe('the API under /api/v1', () => {
  it('answers as the local operator, an owner', async () => {
    const answer = await get('/api/v1/me');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toMatchObject({
      user: { name: 'Local operator' },
      role: 'owner',
      permissions: ['read-audit-logs', 'manage-audit-settings'],
    });
    // audit data stays out of the browser's disk cache
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it("serves the store's records", async () => {
    const answer = await get('/api/v1/audit/authentication/records?q=email:ada@example.com&from=now-1h');
    expect(answer.status).toBe(200);
    const page = JSON.parse(answer.body.toString()) as { items: AuditRecord[]; total: number };
    expect(page.total).toBe(3);
    expect(page.items.map((r) => r.id)).toEqual(['auth-1', 'auth-2', 'auth-3']);
  });

  it('refuses a body over a megabyte, announced or chunked', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    const json = { 'Content-Type': 'application/json', 'Idempotency-Key': 'k-1' };
    const announced = await request(`${host.url}/api/v1/saved-searches`, {
      method: 'POST',
      headers: { ...json, 'Content-Length': String(big.length) },
      body: [big],
    });
    expect(announced.status).toBe(413);
    expect(announced.headers['content-type']).toBe('application/problem+json');
    const chunked = await request(`${host.url}/api/v1/saved-searches`, {
      method: 'POST',
      headers: json,
      body: [big.slice(0, 600_000), big.slice(600_000)],
    });
    expect(chunked.status).toBe(413);
    // a small chunked body still reaches the API whole
    const small = await request(`${host.url}/api/v1/saved-searches`, {
      method: 'POST',
      headers: json,
      body: ['{"name": ', '"broken'],
    });
    expect(small.status).toBe(400);
    expect(JSON.parse(small.body.toString())).toMatchObject({ detail: 'The request body is not JSON.' });
  });

  it('answers unknown API paths with problem+json, not the console', async () => {
    for (const path of ['/api/v1/nothing-here', '/api/v2/audit', '/api', '/api/']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-type'], path).toBe('application/problem+json');
    }
  });
});

describe('the console', () => {
  it('serves index.html for the client routes, revalidated on every load', async () => {
    for (const path of ['/', '/overview', '/audit/access?q=stage:mfa', '/timeline', '/index.html']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(answer.body.toString(), path).toBe(INDEX_HTML);
    }
  });

  it('serves hashed assets with their type, cached for a year', async () => {
    const js = await get('/assets/app-3f2a9c.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['content-encoding']).toBeUndefined();
    expect(js.body.toString()).toBe(APP_JS);
    const css = await get('/assets/app-3f2a9c.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await get('/favicon.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');
  });

  it('gzips when the browser accepts it', async () => {
    const zipped = await get('/assets/app-3f2a9c.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(zipped.body.length).toBeLessThan(APP_JS.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(APP_JS);
    const refused = await get('/assets/app-3f2a9c.js', { 'Accept-Encoding': 'gzip;q=0, *' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers a known version with 304', async () => {
    const first = await get('/overview');
    const again = await get('/overview', { 'If-None-Match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers a missing file with 404, not index.html', async () => {
    for (const path of ['/assets/app-000000.js', '/assets/gone', '/favicon.ico', '/.vite/manifest.json']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain('<html');
    }
  });

  it('answers only GET and HEAD', async () => {
    const head = await request(`${host.url}/overview`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await request(`${host.url}/overview`, { method: 'POST' })).status).toBe(404);
  });
});

describe('security headers', () => {
  it('are on every kind of response', async () => {
    const answers = await Promise.all([
      get('/api/v1/me'),
      get('/api/v1/audit/authentication/records?limit=1'),
      get('/api/v1/audit/nowhere/records'),
      get('/api/v1/audit/authentication/export?format=csv'),
      get('/api/v2'),
      get('/'),
      get('/audit/access'),
      get('/assets/app-3f2a9c.js', { 'Accept-Encoding': 'gzip' }),
      get('/assets/missing.js'),
      get('/overview', { 'If-None-Match': '*' }),
      request(`${host.url}/`, { method: 'HEAD' }),
      request(`${host.url}/`, { method: 'DELETE' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual(expect.arrayContaining([200, 304, 404]));
    for (const answer of answers) expectSecurityHeaders(answer);
  });

  it('are on a 500, and the log says what failed', async () => {
    const store = memoryHostStore();
    const failing = await startTestHost({
      ...store,
      search: () => Promise.reject(new Error('the disk is on fire')),
    });
    try {
      const answer = await request(`${failing.url}/api/v1/audit/access/records`);
      expect(answer.status).toBe(500);
      expect(answer.body.toString()).not.toContain('fire');
      expectSecurityHeaders(answer);
      const failure = failing.lines.find((l) => l['msg'] === 'API request failed');
      expect(failure?.['err']).toMatchObject({ message: 'the disk is on fire' });
      expect(failure?.['reqId']).toBe(answer.headers['x-request-id']);
    } finally {
      await failing.close(1000);
    }
  });
});
