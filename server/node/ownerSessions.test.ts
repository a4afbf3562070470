/** Settings → Sessions over HTTP: an owner lists who is signed in and ends a session. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { sessionListSchema } from '../../src/api/schemas/sessions';
import { CookieJar } from '../auth/testing/localProvider';
import { hashOf } from '../auth/sessions';
import { hostAuth } from './hostAuth';
import { memoryHostStore } from './memoryHostStore';
import { request, startTestHost } from './testHost';
import { startSignInHost } from './testSignInHost';

const store = memoryHostStore();
let host: Awaited<ReturnType<typeof startSignInHost>>;
beforeAll(async () => {
  host = await startSignInHost(store);
});

const activity = (action: string) =>
  store.memory.collection('activity').records.filter((r) => r.action === action) as unknown as Record<
    string,
    unknown
  >[];
afterAll(() => host?.close());

const list = async (jar: CookieJar) =>
  sessionListSchema.parse(await (await host.api(jar, '/sessions')).json());
const end = (jar: CookieJar, handle: string, origin = host.origin) =>
  host.api(jar, `/sessions/${handle}`, { method: 'DELETE', headers: { Origin: origin } });

describe('an owner’s sessions', () => {
  it('lists the sessions in use to an owner, by handle, never by id or hash', async () => {
    const olivia = await host.signedIn('olivia');
    const arthur = await host.signedIn('arthur');
    const response = await host.api(olivia, '/sessions');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const text = await response.text();
    const { items } = sessionListSchema.parse(JSON.parse(text));
    const token = arthur.get(host.origin, 'session') ?? '';
    const hash = hashOf(token);
    const theirs = items.find((s) => s.userId === 'arthur');
    expect(theirs).toMatchObject({
      handle: hash.slice(0, 16),
      email: 'arthur@example.com',
      role: 'auditor',
      current: false,
      createdAt: '2026-03-01T09:00:00.000Z',
    });
    expect(items.find((s) => s.current)?.userId).toBe('olivia');
    expect(text).not.toContain(token);
    expect(text).not.toContain(hash);
    expect(text).not.toContain(hash.slice(16));
  });

  it('refuses auditors and members (403, audited) and anyone without a session (401)', async () => {
    for (const login of ['arthur', 'mia']) {
      const jar = await host.signedIn(login);
      expect((await host.api(jar, '/sessions')).status).toBe(403);
      const someone = (await list(await host.signedIn('olivia'))).items[0]?.handle ?? '0000000000000000';
      expect((await end(jar, someone)).status).toBe(403);
    }
    expect(activity('request_refused').some((r) => r.user_id === 'mia')).toBe(true);
    expect((await host.api(new CookieJar(), '/sessions')).status).toBe(401);
  });

  it('ends a session: its next request is a 401 saying so, audited as an Activity record', async () => {
    const olivia = await host.signedIn('olivia');
    const mia = await host.signedIn('mia');
    const handle = hashOf(mia.get(host.origin, 'session') ?? '').slice(0, 16);
    // another origin cannot end it (CSRF)
    expect((await end(olivia, handle, 'https://evil.example')).status).toBe(403);
    expect((await host.api(mia, '/me')).status).toBe(200);

    const ended = await end(olivia, handle);
    expect(ended.status).toBe(204);
    expect(ended.headers.getSetCookie()).toEqual([]);
    const refused = await host.api(mia, '/me');
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      type: 'urn:audit-console:sign-in-required',
      detail: expect.stringMatching(/An owner ended your session/),
    });
    expect((await list(olivia)).items.map((s) => s.handle)).not.toContain(handle);
    expect(activity('session_ended')).toContainEqual(
      expect.objectContaining({
        controller: 'auth.session',
        user_id: 'olivia',
        entity_id: handle,
        new_value: 'olivia@example.com ended the session of mia@example.com',
      }),
    );
    // once ended, there is nothing to end
    expect((await end(olivia, handle)).status).toBe(404);
    expect((await end(olivia, 'not-a-handle')).status).toBe(404);
  });

  it('signs the owner out when they end their own session', async () => {
    const olivia = await host.signedIn('olivia');
    const own = (await list(olivia)).items.find((s) => s.current);
    const ended = await end(olivia, own?.handle ?? '');
    expect(ended.status).toBe(204);
    expect(olivia.get(host.origin, 'session')).toBeUndefined();
    expect(activity('session_ended')).toContainEqual(
      expect.objectContaining({ new_value: 'olivia@example.com ended their own session' }),
    );
    expect((await host.api(olivia, '/me')).status).toBe(401);
  });
});

describe('a host without sign-in', () => {
  it('has no sessions route: the demo’s local operator has no session', async () => {
    const store = memoryHostStore();
    const auth = hostAuth({
      settings: { mode: 'demo' },
      sessions: store.sessions,
      store,
      log: pino({ level: 'silent' }),
    });
    const plain = await startTestHost(store, auth.identity, auth);
    try {
      expect((await request(`${plain.url}/api/v1/sessions`)).status).toBe(404);
    } finally {
      await plain.close(1_000);
    }
  });
});
