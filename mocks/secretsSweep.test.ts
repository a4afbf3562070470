import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../src/api/redaction';
import { exportFormats, TOTAL_HEADER } from '../src/api/schemas/export';
import { streamNames, type AuditRecord, type StreamName } from '../src/api/streams';
import { createApi } from '../server/api/createApi';
import { hmacFingerprint } from '../server/engine/ingest/fingerprintSecrets';
import { createMemoryStore } from '../server/engine/memoryStore';
import { demoIdentity } from './identity';
import { DEFAULT_RECORDS, DEFAULT_SEED } from './settings';
import { worldSource } from './world/source';

/**
 * Issue 15's done-when: no value under a secret-like key reaches any API response or export
 * file. Every record of the demo's 50,000-a-stream world goes through `/records` paging and
 * through every export format, over the API in-process (no browser: the check must stay
 * cheap on a busy CI machine).
 */
const store = createMemoryStore(
  worldSource(() => ({ count: DEFAULT_RECORDS, seed: DEFAULT_SEED, liveRate: 0 })),
);
const api = createApi({
  store,
  identity: demoIdentity,
  fingerprint: hmacFingerprint(new Uint8Array(32).fill(3)),
});
const call = (path: string) => api.fetch(new Request(`http://api.test/api/v1${path}`));
const ALL_TIME = 'from=2000-01-01T00:00:00Z';

/** The secrets the rule finds in a value that are not markers already. */
function secretsIn(value: unknown): string[] {
  const found: string[] = [];
  redactSecrets(value, (secret) => {
    found.push(secret);
    return secret;
  });
  return found;
}

/** Long runs of letters and digits of each secret: what a leak anywhere in a text would show. */
const PIECE = /[A-Za-z0-9]{16,}/g;
function piecesOf(texts: Iterable<string>): Set<string> {
  const pieces = new Set<string>();
  for (const text of texts) for (const piece of text.match(PIECE) ?? []) pieces.add(piece);
  return pieces;
}
const leaked = (text: string, pieces: Set<string>): string[] =>
  (text.match(PIECE) ?? []).filter((piece) => pieces.has(piece));

/** The world's secrets as generated, before the API has seen them. */
function generatedSecrets(): Set<string> {
  const pieces = new Set<string>();
  for (const stream of streamNames)
    for (const piece of piecesOf(secretsIn(store.collection(stream).records))) pieces.add(piece);
  return pieces;
}

describe('no secret reaches a response or an export (50,000 demo records a stream)', () => {
  const secrets = generatedSecrets();

  it('the world holds secrets to find: api keys in JSON text, passwords and client secrets in *_full', () => {
    expect(secrets.size).toBeGreaterThan(100);
  });

  it.each(streamNames)('every %s record, page by page through /records', async (stream) => {
    let cursor: string | null = null;
    let seen = 0;
    do {
      const after: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const response = await call(`/audit/${stream}/records?${ALL_TIME}&limit=1000${after}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      const page = JSON.parse(text) as { items: AuditRecord[]; nextCursor: string | null };
      expect(secretsIn(page.items)).toEqual([]);
      expect(leaked(text, secrets)).toEqual([]);
      seen += page.items.length;
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seen).toBe(DEFAULT_RECORDS);
  });

  // activity (where the world's secrets are) in every format; each other stream in one of them
  const cases = [
    ...exportFormats.map((format) => [format, 'activity'] as const),
    ...streamNames
      .filter((stream) => stream !== 'activity')
      .map((stream, i) => [exportFormats[i % exportFormats.length] ?? 'csv', stream] as const),
  ];
  it.each(cases)('every record in a %s export of %s, all fields', async (format, stream: StreamName) => {
    const response = await call(`/audit/${stream}/export?${ALL_TIME}&format=${format}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const records: unknown[] =
      format === 'csv'
        ? (parse(text, { columns: true }) as unknown[])
        : format === 'json'
          ? (JSON.parse(text) as unknown[])
          : text
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line) as unknown);
    // each export adds its own audit record to activity: the count is the one announced
    expect(records).toHaveLength(Number(response.headers.get(TOTAL_HEADER)));
    expect(records.length).toBeGreaterThanOrEqual(DEFAULT_RECORDS);
    expect(secretsIn(records)).toEqual([]);
    expect(leaked(text, secrets)).toEqual([]);
  });
});
