import { resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { z } from 'zod';
import type { AuthSettings } from '../auth/settings';
import { AUTH_SETTINGS, readAuthConfig } from './authConfig';

export type StoreConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; databaseUrl: string };

/** Records on a ClickHouse cluster (CLICKHOUSE_URL); settings stay in `store`. */
export interface RecordsConfig {
  /** one HTTP URL per shard */
  urls: string[];
  cluster: string;
  database: string;
}

export interface HostConfig {
  port: number;
  host: string;
  store: StoreConfig;
  /** null: records in `store` too */
  records: RecordsConfig | null;
  /** records per stream to load into an empty store at start-up; null: no demo */
  demo: { records: number } | null;
  logLevel: LevelWithSilent;
  /** the bootstrap ingest token's secret (INGEST_TOKEN); null: none, and a stored one is revoked */
  ingestToken: string | null;
  /** FINGERPRINT_KEY's 32 bytes; null: the host finds or makes one (fingerprintKey.ts) */
  fingerprintKey: Uint8Array<ArrayBuffer> | null;
  /** how requests are told apart: sign-in through a provider, the demo's local operator, or 401s */
  auth: AuthSettings;
}

/** A secret anyone may guess in a day is no secret: 24 random characters are over 140 bits. */
export const MIN_INGEST_TOKEN = 24;

/** The settings the server reads, and what each means: the text of a usage error. */
export const SETTINGS = {
  PORT: 'port to listen on (default 8080)',
  HOST: 'address to listen on (default 127.0.0.1: this machine only)',
  DATA_DIR: "PGlite's data directory (default ./data)",
  DATABASE_URL: 'postgres:// URL of a PostgreSQL database, used instead of PGlite',
  CLICKHOUSE_URL:
    'http(s):// URLs of a ClickHouse cluster, one per shard, comma-separated: records are kept there instead, settings in PGlite or PostgreSQL',
  CLICKHOUSE_CLUSTER:
    'the remote_servers cluster of CLICKHOUSE_URL that the records are sharded over (default audit)',
  CLICKHOUSE_DATABASE: 'the ClickHouse database of the records tables (default audit)',
  DEMO: '1 (or the --demo argument): load the demo world into an empty store at start-up',
  DEMO_RECORDS: 'records per stream that --demo loads (default 50000, at most 1000000)',
  LOG_LEVEL: 'fatal, error, warn, info (default), debug, trace or silent',
  INGEST_TOKEN: `a bearer token (at least ${MIN_INGEST_TOKEN} characters) that POST /api/v1/ingest accepts for every stream`,
  FINGERPRINT_KEY:
    '64 hex characters (openssl rand -hex 32): the key secrets in ingested records are fingerprinted with (default: made once in DATA_DIR)',
  ...AUTH_SETTINGS,
} as const;

type Setting = keyof typeof SETTINGS;

export const DEFAULT_DEMO_RECORDS = 50_000;
/** Settings whose value is a secret: an error about them never repeats it. */
const SECRET_SETTINGS: readonly string[] = [
  'DATABASE_URL',
  'CLICKHOUSE_URL',
  'INGEST_TOKEN',
  'FINGERPRINT_KEY',
];
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Each setting's own message, so that an error says which variable is wrong and why. */
const schema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number from 0 to 65535')
    .transform(Number)
    .refine((port) => port <= 65_535, 'must be a port number from 0 to 65535')
    .default(8080),
  HOST: z
    .string()
    .regex(/^[^\s/]+$/, 'must be an address or host name, e.g. 127.0.0.1, ::1 or 0.0.0.0')
    .default('127.0.0.1'),
  DATA_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    // the URL may hold a password: the message never repeats the value
    .refine(
      isPostgresUrl,
      'must be a postgres:// or postgresql:// URL (value not shown: it may hold a password)',
    )
    .optional(),
  CLICKHOUSE_URL: z
    .string()
    .refine(
      (value) => value.split(',').every((url) => isHttpUrl(url.trim())),
      'must be http:// or https:// URLs, comma-separated, one per shard (value not shown: it may hold a password)',
    )
    .transform((value) => value.split(',').map((url) => url.trim()))
    .optional(),
  CLICKHOUSE_CLUSTER: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'must be a plain name (letters, digits, _)')
    .default('audit'),
  CLICKHOUSE_DATABASE: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]{0,62}$/, 'must be a plain name (letters, digits, _)')
    .default('audit'),
  DEMO: z.enum(['0', '1', 'true', 'false'], 'must be 1 or 0 (or true or false)').default('0'),
  DEMO_RECORDS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number from 0 to 1000000')
    .transform(Number)
    .refine((n) => n <= 1_000_000, 'must be a whole number from 0 to 1000000')
    .default(DEFAULT_DEMO_RECORDS),
  LOG_LEVEL: z.enum(LEVELS, `must be one of ${LEVELS.join(', ')}`).default('info'),
  INGEST_TOKEN: z
    .string()
    .min(
      MIN_INGEST_TOKEN,
      `must be at least ${MIN_INGEST_TOKEN} characters (value not shown: it is a secret)`,
    )
    .regex(
      /^[\x21-\x7e]+$/,
      'must be printable ASCII without spaces, as an HTTP header carries it (value not shown)',
    )
    .optional(),
  FINGERPRINT_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      'must be 64 hex characters, e.g. from `openssl rand -hex 32` (value not shown)',
    )
    .optional(),
});

function isPostgresUrl(value: string): boolean {
  try {
    return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Thrown with every problem found, each naming its setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The server's configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}\n\n` +
        `Settings (environment variables):\n${Object.entries(SETTINGS)
          .map(([name, meaning]) => `  ${name.padEnd(20)} ${meaning}`)
          .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the host's configuration from the environment and the command line's arguments. */
export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
  args: readonly string[],
): HostConfig {
  const problems: string[] = [];
  for (const arg of args)
    if (arg !== '--demo') problems.push(`unknown argument "${arg}": the only argument is --demo`);

  // an empty variable (`PORT=`) is one not set: its default applies
  const given: Partial<Record<Setting, string>> = {};
  for (const name of Object.keys(SETTINGS) as Setting[]) {
    const value = env[name]?.trim();
    if (value) given[name] = value;
  }
  // the schema reads the host's settings; readAuthConfig the sign-in's
  const parsed = schema.safeParse(given);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      const shown = SECRET_SETTINGS.includes(name) ? '' : ` (got "${given[name as Setting] ?? ''}")`;
      problems.push(`${name} ${issue.message}${shown}`);
    }
  }
  if (given.DATA_DIR && given.DATABASE_URL)
    problems.push(
      'DATA_DIR and DATABASE_URL are both set: PGlite uses DATA_DIR, PostgreSQL DATABASE_URL; set one',
    );
  const demo = args.includes('--demo') || given.DEMO === '1' || given.DEMO === 'true';
  const { auth, problems: authProblems } = readAuthConfig(given, demo);
  problems.push(...authProblems);
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);

  const { PORT, HOST, DATA_DIR, DATABASE_URL, DEMO_RECORDS, LOG_LEVEL, INGEST_TOKEN, FINGERPRINT_KEY } =
    parsed.data;
  const { CLICKHOUSE_URL, CLICKHOUSE_CLUSTER, CLICKHOUSE_DATABASE } = parsed.data;
  return {
    port: PORT,
    host: HOST,
    store: DATABASE_URL
      ? { kind: 'postgres', databaseUrl: DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(DATA_DIR ?? './data') },
    records: CLICKHOUSE_URL
      ? { urls: CLICKHOUSE_URL, cluster: CLICKHOUSE_CLUSTER, database: CLICKHOUSE_DATABASE }
      : null,
    demo: demo ? { records: DEMO_RECORDS } : null,
    logLevel: LOG_LEVEL,
    ingestToken: INGEST_TOKEN ?? null,
    fingerprintKey: FINGERPRINT_KEY ? new Uint8Array(Buffer.from(FINGERPRINT_KEY, 'hex')) : null,
    auth,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An address only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
