import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { hostAuth } from './hostAuth';
import { memoryHostStore } from './memoryHostStore';
import { request, startTestHost } from './testHost';

describe('a host without sign-in settings', () => {
  it('answers every API call with a 401 naming what to set, and says so at /auth/login', async () => {
    const store = memoryHostStore();
    const auth = hostAuth({
      settings: { mode: 'unconfigured', missing: ['OIDC_ISSUER', 'OIDC_CLIENT_ID'] },
      sessions: store.sessions,
      store,
      log: pino({ level: 'silent' }),
    });
    const host = await startTestHost(store, auth.identity, auth);
    try {
      for (const path of ['/api/v1/me', '/api/v1/audit/activity/records']) {
        const answer = await request(`${host.url}${path}`);
        expect(answer.status).toBe(401);
        expect(answer.headers['content-type']).toContain('application/problem+json');
        expect(JSON.parse(answer.body.toString())).toMatchObject({
          type: 'urn:audit-console:sign-in-not-configured',
          detail: expect.stringContaining('set OIDC_ISSUER, OIDC_CLIENT_ID'),
        });
      }
      const login = await request(`${host.url}/auth/login?return=/`);
      expect(login.status).toBe(503);
      expect(login.body.toString()).toContain('OIDC_ISSUER');
    } finally {
      await host.close(1_000);
    }
  });

  it('is the local operator, an owner, in demo mode', async () => {
    const store = memoryHostStore();
    const auth = hostAuth({
      settings: { mode: 'demo' },
      sessions: store.sessions,
      store,
      log: pino({ level: 'silent' }),
    });
    const host = await startTestHost(store, auth.identity, auth);
    try {
      const answer = await request(`${host.url}/api/v1/me`);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body.toString())).toMatchObject({ role: 'owner' });
    } finally {
      await host.close(1_000);
    }
  });
});
