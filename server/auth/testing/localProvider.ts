/**
 * For sign-in tests: a real OpenID provider (oidc-provider, a certified implementation) on an
 * ephemeral loopback port, with three accounts and a client for the host under test. Its dev
 * interactions take any password; `signInAs` drives its forms with plain HTTP requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const ACCOUNTS: Record<string, { email: string; name: string; groups: string[] }> = {
  olivia: { email: 'olivia@example.com', name: 'Olivia Owner', groups: ['audit-owners', 'staff'] },
  arthur: { email: 'arthur@example.com', name: 'Arthur Auditor', groups: ['auditors', 'staff'] },
  mia: { email: 'mia@example.com', name: 'Mia Member', groups: ['staff'] },
  eve: { email: 'eve@elsewhere.test', name: 'Eve Outsider', groups: ['audit-owners'] },
};

export const CLIENT = { id: 'audit-console', secret: 'test-client-secret-not-for-production' };

export interface LocalProvider {
  issuer: string;
  /** registers the host's callback (known once the host listens) */
  register(redirectUri: string, postLogoutUri: string): void;
  close(): Promise<void>;
}

export async function startLocalProvider(): Promise<LocalProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    register(redirectUri, postLogoutUri) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: CLIENT.id,
            client_secret: CLIENT.secret,
            redirect_uris: [redirectUri],
            post_logout_redirect_uris: [postLogoutUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        async findAccount(_ctx, id) {
          const account = ACCOUNTS[id];
          if (!account) return undefined;
          return {
            accountId: id,
            claims: async () => ({ sub: id, email_verified: true, ...account }),
          };
        },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
        // the claims of the scopes asked for go into the ID token, where the server reads them
        conformIdTokenClaims: false,
        features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
        pkce: { required: () => true },
        cookies: { keys: ['a-key-for-tests-only'] },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      });
      server.on('request', provider.callback());
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Cookies of one origin, as a browser keeps them (enough of it: name=value, removal by Max-Age=0). */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  take(url: string, response: Response): void {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    this.cookies.set(origin, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      if (/;\s*max-age=0/i.test(line) || /;\s*expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, pair.slice(at + 1));
    }
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).origin);
    return jar ? [...jar].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  }

  get(url: string, name: string): string | undefined {
    return this.cookies.get(new URL(url).origin)?.get(name);
  }

  set(url: string, name: string, value: string): void {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    jar.set(name, value);
    this.cookies.set(origin, jar);
  }
}

/** One request as a browser would send it: with its cookies, without following redirects. */
export async function browse(
  jar: CookieJar,
  url: string,
  init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  const cookie = jar.header(url);
  if (cookie) headers.Cookie = cookie;
  let body: string | undefined;
  if (init.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  const response = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
  jar.take(url, response);
  return response;
}

/**
 * Follows redirects from `start` as a browser would, filling the provider's login form as
 * `login` and agreeing to its consent form, until a redirect leaves for `until` (the
 * host's origin after its callback). Returns that last response.
 */
export async function signInAs(
  jar: CookieJar,
  start: string,
  login: string,
  hostOrigin: string,
): Promise<Response> {
  let url = start;
  let init: Parameters<typeof browse>[2] = {};
  for (let step = 0; step < 20; step++) {
    const response = await browse(jar, url, init);
    const location = response.headers.get('Location');
    if (location) {
      const next = new URL(location, url).href;
      // back on the host, past its callback: the sign-in is over
      if (new URL(url).origin === hostOrigin && !new URL(url).pathname.startsWith('/auth/login'))
        return response;
      url = next;
      init = {};
      continue;
    }
    if (new URL(url).origin === hostOrigin) return response;
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no form to fill at ${url} (${response.status})`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    init = { method: 'POST', form: prompt === 'login' ? { prompt, login, password: 'any' } : { prompt } };
  }
  throw new Error('the sign-in did not come back');
}
