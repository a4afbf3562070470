import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryHostStore } from './memoryHostStore';
import { request, startTestHost, type TestHost } from './testHost';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost(memoryHostStore());
});
afterAll(() => host.close(1000));

const SECRETS = ['ada@example.com', 'Bearer s3cr3t-token', 'session=c00kie', 'x-api-key-value'];

describe('the request log', () => {
  it('has one line per request: method, path, status, duration and request id', async () => {
    const answer = await request(`${host.url}/api/v1/me`);
    const line = host.lines.find(
      (l) => l['msg'] === 'request' && l['reqId'] === answer.headers['x-request-id'],
    );
    expect(line).toMatchObject({ method: 'GET', path: '/api/v1/me', query: [], status: 200 });
    expect(line?.['ms']).toEqual(expect.any(Number));
  });

  it('never has query values, credentials or cookies', async () => {
    const before = host.raw.length;
    await request(`${host.url}/api/v1/audit/authentication/records?q=email:ada@example.com&q=again&limit=5`, {
      headers: {
        Authorization: 'Bearer s3cr3t-token',
        Cookie: 'session=c00kie',
        'X-Api-Key': 'x-api-key-value',
      },
    });
    await request(`${host.url}/audit/authentication?q=email:ada@example.com`, {
      headers: { Authorization: 'Bearer s3cr3t-token', Cookie: 'session=c00kie' },
    });
    const written = host.raw.slice(before);
    expect(written).toHaveLength(2);
    for (const secret of SECRETS) for (const line of written) expect(line).not.toContain(secret);
    for (const line of written) expect(line).not.toContain('?');
    // which parameters a request had says what it did, without what it searched for
    expect(host.lines.at(-2)).toMatchObject({
      path: '/api/v1/audit/authentication/records',
      query: ['q', 'limit'],
    });
    expect(host.lines.at(-1)).toMatchObject({ path: '/audit/authentication', query: ['q'], status: 200 });
  });

  it("keeps a proxy's request id, so that both logs name the request alike", async () => {
    const answer = await request(`${host.url}/overview`, { headers: { 'X-Request-Id': 'edge-7f3a' } });
    expect(answer.headers['x-request-id']).toBe('edge-7f3a');
    expect(host.lines.at(-1)).toMatchObject({ reqId: 'edge-7f3a', path: '/overview' });
  });
});
