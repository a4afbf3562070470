/**
 * Sign-in end to end over HTTP: a real OpenID provider on a loopback port, the host with
 * sign-in through it, and requests as a browser makes them (redirects followed by hand,
 * cookies carried). Time is a clock the test moves, never the wall clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import type { AuthSettings } from '../auth/settings';
import {
  ACCOUNTS,
  CLIENT,
  CookieJar,
  browse,
  signInAs,
  startLocalProvider,
  type LocalProvider,
} from '../auth/testing/localProvider';
import { loadConsoleFiles } from './consoleFiles';
import { createHost } from './createHost';
import { hostAuth } from './hostAuth';
import { listen, type Listening } from './listen';
import { memoryHostStore } from './memoryHostStore';
import { consoleDir } from './testHost';

let provider: LocalProvider;
let host: Listening;
let origin: string;
let clock = Date.parse('2026-03-01T09:00:00Z');
const store = memoryHostStore();
const IDLE_MS = 30 * 60_000;

beforeAll(async () => {
  provider = await startLocalProvider();
  let fetchOf: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
  // the host's address is needed for its own settings: it listens first, and is built then
  host = await listen((request) => fetchOf(request), { port: 0, hostname: '127.0.0.1' });
  origin = host.url;
  provider.register(`${origin}/auth/callback`, `${origin}/`);
  const settings: AuthSettings = {
    mode: 'oidc',
    publicOrigin: origin,
    oidc: {
      issuer: new URL(provider.issuer),
      clientId: CLIENT.id,
      clientSecret: CLIENT.secret,
      redirectUrl: new URL('/auth/callback', origin),
      rules: {
        roleClaim: 'groups',
        ownerGroups: ['audit-owners'],
        auditorGroups: ['auditors'],
        allowedDomains: ['example.com'],
        allowedGroups: [],
      },
    },
    sessions: { idleMs: IDLE_MS, maxMs: 8 * 3_600_000 },
  };
  const log = pino({ level: 'silent' });
  const auth = hostAuth({ settings, sessions: store.sessions, store, log, now: () => clock });
  const app = createHost({
    store,
    identity: auth.identity,
    auth,
    console: await loadConsoleFiles(await consoleDir()),
    log,
    fingerprintKey: new Uint8Array(32).fill(1),
  });
  fetchOf = (request) => app.fetch(request);
});

afterAll(async () => {
  await host?.close(1_000);
  await provider?.close();
});

async function signedIn(login: string, returnTo = '/'): Promise<{ jar: CookieJar; landed: Response }> {
  const jar = new CookieJar();
  const landed = await signInAs(
    jar,
    `${origin}/auth/login?return=${encodeURIComponent(returnTo)}`,
    login,
    origin,
  );
  return { jar, landed };
}

const api = (jar: CookieJar, path: string, init: Parameters<typeof browse>[2] = {}) =>
  browse(jar, `${origin}/api/v1${path}`, init);

function activity(action: string): Record<string, unknown>[] {
  return store.memory.collection('activity').records.filter((r) => r.action === action) as unknown as Record<
    string,
    unknown
  >[];
}

describe('sign-in through a real OpenID provider', () => {
  it('answers 401 problem+json without a session', async () => {
    const response = await api(new CookieJar(), '/me');
    expect(response.status).toBe(401);
    expect(response.headers.get('Content-Type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ type: 'urn:audit-console:sign-in-required' });
  });

  it('signs in an owner, an auditor and a member with the roles their groups map to', async () => {
    for (const [login, role] of [
      ['olivia', 'owner'],
      ['arthur', 'auditor'],
      ['mia', 'member'],
    ] as const) {
      const { jar, landed } = await signedIn(login, '/audit/activity?q=action%3Asign_in&open=abc');
      expect(landed.status).toBe(302);
      // back on the very URL the sign-in started from
      expect(landed.headers.get('Location')).toBe('/audit/activity?q=action%3Asign_in&open=abc');
      const cookie = landed.headers.getSetCookie().find((c) => c.startsWith('session='));
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      const me = await api(jar, '/me');
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ role, user: { id: login, email: ACCOUNTS[login]?.email } });
    }
    const signIns = activity('sign_in');
    expect(signIns.map((r) => r.user_id).sort()).toEqual(['arthur', 'mia', 'olivia']);
    // the record names the session by a hash prefix, and holds no token
    expect(JSON.stringify(signIns)).not.toMatch(/eyJ/);
  });

  it('refuses a member with 403 and audits the refusal', async () => {
    const { jar } = await signedIn('mia');
    const response = await api(jar, '/audit/activity/records');
    expect(response.status).toBe(403);
    const refused = activity('request_refused');
    expect(refused.some((r) => r.user_id === 'mia')).toBe(true);
  });

  it('refuses someone outside the allowed domains, and audits it as a failed sign-in', async () => {
    const { landed } = await signedIn('eve');
    expect(landed.status).toBe(403);
    expect(await landed.text()).toContain('not allowed');
    const failed = activity('sign_in_failed');
    expect(failed.some((r) => r.user_id === 'eve')).toBe(true);
  });

  it("audits each write it refuses to an auditor, once, with the payload's secret fingerprinted", async () => {
    const { jar } = await signedIn('arthur');
    const refusedHere = () => activity('request_refused').filter((r) => r.user_id === 'arthur');
    const before = refusedHere().length;
    for (let i = 0; i < 2; i++) {
      const refused = await api(jar, '/audit-destinations', {
        method: 'POST',
        headers: { Origin: origin, 'Idempotency-Key': `k-${i}` },
        // a form, not JSON: its fields are checked for secrets all the same
        form: { secret: 'Hunter2-from-arthur', name: 'Splunk' },
      });
      expect(refused.status).toBe(403);
    }
    // every attempt, not one a minute; by the API alone, not again by the sign-in layer
    const found = refusedHere().slice(before);
    expect(found.map((r) => r.controller)).toEqual(['audit.destinations', 'audit.destinations']);
    expect(JSON.stringify(found)).not.toContain('Hunter2-from-arthur');
  });

  it('refuses a write with a session from another origin (CSRF), before the API sees it', async () => {
    const { jar } = await signedIn('olivia');
    const forged = await api(jar, '/saved-searches', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('Content-Type')).toContain('application/problem+json');
    const same = await api(jar, '/saved-searches', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
    });
    // past the check: the API itself now judges the (empty) body
    expect(same.status).not.toBe(403);
  });

  it('ends a session that sits idle, and audits its expiry', async () => {
    const { jar } = await signedIn('arthur');
    expect((await api(jar, '/me')).status).toBe(200);
    clock += IDLE_MS + 1;
    const expired = await api(jar, '/me');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ detail: expect.stringMatching(/without use/) });
    expect(activity('session_expired').some((r) => r.user_id === 'arthur')).toBe(true);
  });

  it('signs out at the server, then at the provider', async () => {
    const { jar } = await signedIn('olivia');
    expect((await api(jar, '/me')).status).toBe(200);
    const token = jar.get(origin, 'session');
    const out = await browse(jar, `${origin}/auth/logout`, { method: 'POST', headers: { Origin: origin } });
    expect(out.status).toBe(303);
    expect(out.headers.get('Location')).toMatch(new RegExp(`^${provider.issuer}/`));
    // the cookie is gone; and the session itself is over, should anyone still hold its id
    expect(jar.get(origin, 'session')).toBeUndefined();
    if (token) jar.set(origin, 'session', token);
    expect((await api(jar, '/me')).status).toBe(401);
    expect(activity('sign_out').some((r) => r.user_id === 'olivia')).toBe(true);

    // the console signs out with fetch, and is told where to go on
    const second = await signedIn('arthur');
    const json = await browse(second.jar, `${origin}/auth/logout`, {
      method: 'POST',
      headers: { Origin: origin, Accept: 'application/json' },
    });
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ next: expect.stringMatching(new RegExp(`^${provider.issuer}/`)) });
    expect((await api(second.jar, '/me')).status).toBe(401);
  });
});
