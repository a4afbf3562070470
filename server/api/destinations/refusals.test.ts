import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../createApi';
import { fixtureStore, signedInAs } from '../testing';

const store = fixtureStore();
const api = createApi({ store, identity: async () => signedInAs('owner') });

async function post(body: unknown) {
  const response = await api.fetch(
    new Request('http://api.test/api/v1/audit-destinations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  const json = (await response.json()) as {
    url?: string;
    errors?: { field: string; message: string }[];
  };
  return { status: response.status, json };
}

const file = {
  name: 'Connector file',
  type: 'file',
  url: null,
  path: '/var/log/audit/records.json',
  recordTypes: ['access'],
  connectorToCloud: { access: false, authorisation: false },
  enabled: true,
  auth: { type: 'none', username: null, headerName: null },
};
const basic = {
  ...file,
  name: 'SIEM',
  type: 'webhook',
  url: 'https://siem.example.com/ingest',
  path: null,
  auth: { type: 'basic', username: 'audit', headerName: null },
  secret: 'correct horse battery staple',
};

/** The one error the API gives for `field`. */
async function errorOn(body: unknown, field: string): Promise<string | undefined> {
  const { status, json } = await post(body);
  expect(status).toBe(400);
  return json.errors?.find((e) => e.field === field)?.message;
}

beforeEach(() => store.reset());

describe('destination text fields', () => {
  it.each([
    ['line feed', '\n', /⟨U\+000A⟩ \(line feed\)/],
    ['carriage return', '\r', /⟨U\+000D⟩ \(carriage return\)/],
    ['escape', '\u001b[31m', /⟨U\+001B⟩ \(escape\)/],
    ['C1 control', '\u009b', /⟨U\+009B⟩/],
    ['bidi override', '\u202e', /⟨U\+202E⟩ \(right-to-left override\)/],
    ['zero-width space', '\u200b', /⟨U\+200B⟩ \(zero-width space\)/],
  ])('refuse a %s in the path, the user name, the name and the secret', async (_, char, message) => {
    expect(await errorOn({ ...file, path: `/var/log/a${char}b.json` }, 'path')).toMatch(message);
    expect(
      await errorOn({ ...basic, auth: { ...basic.auth, username: `ad${char}min` } }, 'auth.username'),
    ).toMatch(message);
    expect(await errorOn({ ...file, name: `Files${char}x` }, 'name')).toMatch(message);
    expect(await errorOn({ ...basic, secret: `pass${char}word` }, 'secret')).toMatch(message);
    expect(await errorOn({ ...basic, url: `https://siem.example.com/a${char}b` }, 'url')).toMatch(message);
  });

  it('refuses over-long values with their limit', async () => {
    const long = 'a'.repeat(10_000);
    expect(await errorOn({ ...file, path: `/var/log/${long}` }, 'path')).toMatch(
      /The path is longer than 1,024 characters \(it has 10,009\)/,
    );
    expect(await errorOn({ ...basic, auth: { ...basic.auth, username: long } }, 'auth.username')).toMatch(
      /The user name is longer than 256 characters/,
    );
    expect(await errorOn({ ...file, name: long }, 'name')).toMatch(/The name is longer than 100 characters/);
  });

  it('never repeats the secret in its error', async () => {
    const secret = `hunter2\u001b[0m${'x'.repeat(5000)}`;
    const { json } = await post({ ...basic, secret });
    expect(JSON.stringify(json)).not.toContain('hunter2');
  });

  it('refuses any value holding any control character', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })),
        fc.string({ maxLength: 20 }),
        async (code, around) => {
          const username = `${around}${String.fromCharCode(code)}${around}`;
          const message = await errorOn({ ...basic, auth: { ...basic.auth, username } }, 'auth.username');
          expect(message).toBeDefined();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('still accepts plain values, storing an IDN host as punycode', async () => {
    expect((await post(file)).status).toBe(201);
    const created = await post({ ...basic, url: 'https://exаmple.com/ingest' });
    expect(created.status).toBe(201);
    expect(created.json.url).toBe('https://xn--exmple-4nf.com/ingest');
  });
});
