import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopback, readConfig } from './config';

function problemsOf(env: Record<string, string>, args: string[] = []): readonly string[] {
  try {
    readConfig(env, args);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

const TOKEN = 'aci_Q3n5Kc9Wm2Xr7Tb4Lz8Hv6Jp';

describe('the server configuration', () => {
  it('has defaults for a server on this machine only, with PGlite in ./data', () => {
    expect(readConfig({}, [])).toEqual({
      port: 8080,
      host: '127.0.0.1',
      store: { kind: 'pglite', dataDir: resolve('data') },
      records: null,
      demo: null,
      logLevel: 'info',
      ingestToken: null,
      fingerprintKey: null,
      auth: {
        mode: 'unconfigured',
        missing: ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'],
      },
    });
  });

  it('reads every setting', () => {
    const config = readConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://audit:pw@db.internal:5432/audit',
        DEMO: '1',
        DEMO_RECORDS: '1000',
        LOG_LEVEL: 'debug',
        FINGERPRINT_KEY: 'ab'.repeat(32),
        INGEST_TOKEN: TOKEN,
      },
      [],
    );
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      store: { kind: 'postgres', databaseUrl: 'postgres://audit:pw@db.internal:5432/audit' },
      records: null,
      demo: { records: 1000 },
      logLevel: 'debug',
      ingestToken: TOKEN,
      fingerprintKey: new Uint8Array(32).fill(0xab),
      auth: { mode: 'demo' },
    });
    expect(readConfig({ DATA_DIR: '/var/lib/audit' }, []).store).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/audit',
    });
  });

  it('keeps records on ClickHouse when CLICKHOUSE_URL names its shards, settings in PGlite or PostgreSQL', () => {
    expect(
      readConfig(
        { CLICKHOUSE_URL: 'http://ch1:8123, https://user:pw@ch2:8443', CLICKHOUSE_CLUSTER: 'logs' },
        [],
      ),
    ).toMatchObject({
      store: { kind: 'pglite' },
      records: { urls: ['http://ch1:8123', 'https://user:pw@ch2:8443'], cluster: 'logs', database: 'audit' },
    });
    const problems = problemsOf({
      CLICKHOUSE_URL: 'http://ch1:8123,tcp://user:secret@ch2:9000',
      CLICKHOUSE_DATABASE: 'a-b',
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^CLICKHOUSE_URL must be http:\/\/ or https:\/\/ URLs, comma-separated, one per shard/,
      ),
      'CLICKHOUSE_DATABASE must be a plain name (letters, digits, _) (got "a-b")',
    ]);
    expect(problems.join()).not.toContain('secret');
  });

  it('loads the demo with --demo or DEMO=1, and takes an empty variable as unset', () => {
    expect(readConfig({}, ['--demo']).demo).toEqual({ records: 50_000 });
    expect(readConfig({ DEMO: 'true' }, []).demo).toEqual({ records: 50_000 });
    expect(readConfig({ DEMO: '0' }, []).demo).toBeNull();
    expect(readConfig({ PORT: '', DEMO: ' ' }, [])).toMatchObject({ port: 8080, demo: null });
  });

  it('never repeats a FINGERPRINT_KEY it refuses', () => {
    const problems = problemsOf({ FINGERPRINT_KEY: 'not-hex-and-secret' });
    expect(problems).toEqual([expect.stringMatching(/^FINGERPRINT_KEY must be 64 hex characters/)]);
    expect(problems.join()).not.toContain('not-hex-and-secret');
  });

  it('names the setting at fault, what it must be and what it was', () => {
    expect(problemsOf({ PORT: 'eighty' })).toEqual([
      'PORT must be a port number from 0 to 65535 (got "eighty")',
    ]);
    expect(problemsOf({ PORT: '70000' })).toEqual([
      'PORT must be a port number from 0 to 65535 (got "70000")',
    ]);
    expect(problemsOf({ HOST: 'http://example.com' })).toEqual([
      'HOST must be an address or host name, e.g. 127.0.0.1, ::1 or 0.0.0.0 (got "http://example.com")',
    ]);
    expect(problemsOf({ DEMO: 'yes' })).toEqual(['DEMO must be 1 or 0 (or true or false) (got "yes")']);
    expect(problemsOf({ DEMO_RECORDS: '2000000' })).toEqual([
      'DEMO_RECORDS must be a whole number from 0 to 1000000 (got "2000000")',
    ]);
    expect(problemsOf({ LOG_LEVEL: 'verbose' })).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")',
    ]);
    expect(problemsOf({}, ['--demo', '--port=1'])).toEqual([
      'unknown argument "--port=1": the only argument is --demo',
    ]);
  });

  it('never repeats a DATABASE_URL: it may hold a password', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://audit:hunter2@db/audit' });
    expect(problems).toEqual([
      'DATABASE_URL must be a postgres:// or postgresql:// URL (value not shown: it may hold a password)',
    ]);
    expect(problems.join()).not.toContain('hunter2');
  });

  it('refuses a short INGEST_TOKEN, or one no header can carry, without repeating it', () => {
    const problems = [
      ...problemsOf({ INGEST_TOKEN: 'hunter2-is-too-short' }),
      ...problemsOf({ INGEST_TOKEN: 'hunter2 with a space in the middle' }),
    ];
    expect(problems).toEqual([
      'INGEST_TOKEN must be at least 24 characters (value not shown: it is a secret)',
      'INGEST_TOKEN must be printable ASCII without spaces, as an HTTP header carries it (value not shown)',
    ]);
    expect(problems.join()).not.toContain('hunter2');
    // unset or empty: no bootstrap token (a stored one is revoked at start-up)
    expect(readConfig({ INGEST_TOKEN: ' ' }, []).ingestToken).toBeNull();
  });

  it('refuses DATA_DIR and DATABASE_URL together: only one of them would be used', () => {
    expect(problemsOf({ DATA_DIR: './data', DATABASE_URL: 'postgresql://db/audit' })).toEqual([
      'DATA_DIR and DATABASE_URL are both set: PGlite uses DATA_DIR, PostgreSQL DATABASE_URL; set one',
    ]);
  });

  it('lists every problem at once, and the settings there are', () => {
    let message = '';
    try {
      readConfig({ PORT: 'x', LOG_LEVEL: 'y' }, ['--dmeo']);
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('unknown argument "--dmeo"');
    expect(message).toContain('PORT must be');
    expect(message).toContain('LOG_LEVEL must be');
    expect(message).toContain('DATA_DIR');
  });

  it('knows which addresses only this machine can reach', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', '::1', 'localhost'])
      expect(isLoopback(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', 'audit.example.com'])
      expect(isLoopback(host), host).toBe(false);
  });
});
