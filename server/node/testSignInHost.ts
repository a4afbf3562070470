/**
 * For tests of a host with sign-in: a real OpenID provider on a loopback port, the host on
 * another, signed in through it with cookies carried by hand. Time is the clock the test
 * moves (`clock.now`), never the wall clock.
 */
import { pino } from 'pino';
import type { AuthSettings } from '../auth/settings';
import {
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
import type { HostStore } from './hostStore';
import { listen } from './listen';
import { consoleDir } from './testHost';

export const IDLE_MS = 30 * 60_000;

export async function startSignInHost<S extends HostStore>(
  store: S,
  start = Date.parse('2026-03-01T09:00:00Z'),
) {
  const clock = { now: start };
  const provider: LocalProvider = await startLocalProvider();
  let fetchOf: (request: Request) => Response | Promise<Response> = () => new Response(null, { status: 503 });
  // the host's address is needed for its own settings: it listens first, and is built then
  const host = await listen((request) => fetchOf(request), { port: 0, hostname: '127.0.0.1' });
  const origin = host.url;
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
  const auth = hostAuth({ settings, sessions: store.sessions, store, log, now: () => clock.now });
  const app = createHost({
    store,
    identity: auth.identity,
    auth,
    console: await loadConsoleFiles(await consoleDir()),
    log,
    fingerprintKey: new Uint8Array(32).fill(1),
  });
  fetchOf = (request) => app.fetch(request);

  return {
    clock,
    store,
    origin,
    async signedIn(login: string): Promise<CookieJar> {
      const jar = new CookieJar();
      const landed = await signInAs(jar, `${origin}/auth/login?return=%2F`, login, origin);
      if (landed.status !== 302) throw new Error(`${login} was not signed in: ${landed.status}`);
      return jar;
    },
    api: (jar: CookieJar, path: string, init: Parameters<typeof browse>[2] = {}) =>
      browse(jar, `${origin}/api/v1${path}`, init),
    async close() {
      await host.close(1_000);
      await provider.close();
    },
  };
}
