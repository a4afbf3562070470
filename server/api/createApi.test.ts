import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../src/api/schemas/me';
import { createApi } from './createApi';
import { ApiProblem, problem } from './problem';
import { fixtureStore, signedInAs } from './testing';

const store = fixtureStore();
let role: Role = 'owner';
const api = createApi({ store, identity: async () => signedInAs(role) });
const call = async (path: string, init?: RequestInit) =>
  api.fetch(new Request(`http://api.test/api/v1${path}`, init));

beforeEach(async () => {
  role = 'owner';
  await store.reset();
});

describe('createApi', () => {
  it('answers an unknown path with a 404 problem', async () => {
    const response = await call('/no/such/thing');
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers a path outside /api/v1 with a 404 problem too', async () => {
    const response = await api.fetch(new Request('http://api.test/audit/authentication/records'));
    expect(response.status).toBe(404);
  });

  it('404 names an unknown stream', async () => {
    const response = await call('/audit/nonsense/records');
    expect(response.status).toBe(404);
    expect((await response.json()).detail).toContain('"nonsense"');
  });

  it('refuses a member with a 403 problem naming the permission, but tells them who they are', async () => {
    role = 'member';
    for (const path of ['/audit/authentication/records', '/audit/overview', '/saved-searches']) {
      const response = await call(path);
      expect(response.status).toBe(403);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect((await response.json()).detail).toContain('"read-audit-logs"');
    }
    const me = await call('/me');
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ ...signedInAs('member'), permissions: [] });
  });

  it('shows only what /me promises of an identity', async () => {
    const server = createApi({
      store,
      identity: async () => ({ ...signedInAs('auditor'), session: 'secret-session-id' }),
    });
    const body = await (await server.fetch(new Request('http://api.test/api/v1/me'))).text();
    expect(JSON.parse(body)).toEqual(signedInAs('auditor'));
    expect(body).not.toContain('secret-session-id');
  });

  it('answers a thrown error with a 500 problem that tells nothing of it, and reports it', async () => {
    const failing = fixtureStore();
    failing.search = () => Promise.reject(new Error('connection to postgres://admin:pw@db failed'));
    const onError = vi.fn();
    const server = createApi({ store: failing, identity: async () => signedInAs('owner'), onError });
    const response = await server.fetch(new Request('http://api.test/api/v1/audit/authentication/records'));
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    const text = await response.text();
    expect(text).not.toMatch(/postgres|admin|connection/);
    expect(JSON.parse(text)).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(onError).toHaveBeenCalledOnce();
    expect(String(onError.mock.calls[0]?.[0])).toContain('postgres');
  });

  it('answers with the problem an identity throws, e.g. 401 without a session', async () => {
    const server = createApi({
      store,
      identity: () => Promise.reject(new ApiProblem(problem(401, 'Sign in first.'))),
    });
    const response = await server.fetch(new Request('http://api.test/api/v1/audit/nonsense/records'));
    expect(response.status).toBe(401);
    expect((await response.json()).detail).toBe('Sign in first.');
  });

  it('has no demo reset', async () => {
    expect((await call('/demo/reset', { method: 'POST' })).status).toBe(404);
  });
});
