/**
 * The promise ingestion makes about secrets, checked where it matters: over HTTP into PGlite
 * on disk, no secret an event carried is in any answer, any log line, or any file of the data
 * directory.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashSecret, newTokenSecret } from '../engine/ingestTokens';
import { SEED_EXAMPLE_BATCH } from '../engine/ingest/seedExample';
import { openSqlStore } from '../sql/openStore';
import type { SqlStore } from '../sql/store/createSqlStore';
import { request, startTestHost, type TestHost } from './testHost';

const SECRETS = ['pw-Zq8sK1-never-stored', 'ak-77HfT2-never-stored', 'tk-0aPq4L-never-stored'];
const NOW = new Date().toISOString();

let dir: string;
let store: SqlStore;
let host: TestHost;
const token = newTokenSecret();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-ingest-'));
  store = await openSqlStore({ dataDir: dir });
  await store.ingestTokens.put({
    id: 'tok-test',
    name: 'Test sender',
    streams: ['authentication', 'authorisation', 'access', 'activity'],
    expiresAt: null,
    createdAt: NOW,
    createdBy: 'owner@example.com',
    lastUsedAt: null,
    revokedAt: null,
    revokedBy: null,
    source: 'console',
    hint: token.slice(-4),
    hash: await hashSecret(token),
  });
  host = await startTestHost(store);
}, 60_000);

afterAll(async () => {
  await host?.close(1000);
  await rm(dir, { recursive: true, force: true });
});

async function filesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if ((await stat(path)).isFile()) out.push(path);
  }
  return out;
}

it('keeps no secret of an ingested event in answers, logs or the data directory', async () => {
  const batch = {
    events: [
      {
        create_time: NOW,
        unique_id: 'secret-act-1',
        event: {
          log_type: 'api_access',
          event_time: NOW,
          controller: 'mqtt',
          entity: 'broker',
          action: 'update',
          attribute: 'credentials',
          old_value: JSON.stringify({ password: SECRETS[0] }),
          new_value: JSON.stringify({ password: 'rotated' }),
          new_value_full: { api_key: SECRETS[1] },
          status: 'success',
          workgroup_id: 'wg-1',
          user_id: 'u-1',
        },
      },
      {
        create_time: NOW,
        unique_id: 'secret-bad-1',
        // refused (allowed is not a boolean), so quarantined: the quarantine must not keep it either
        event: {
          log_type: 'authorization',
          allowed: 'maybe',
          time: NOW,
          authorization: `Bearer ${SECRETS[2]}`,
        },
      },
    ],
  };
  const post = (body: Buffer, headers: Record<string, string> = {}) =>
    request(`${host.url}/api/v1/ingest`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
      body: [body],
    });
  const answers = [
    await post(Buffer.from(SEED_EXAMPLE_BATCH)),
    await post(gzipSync(Buffer.from(JSON.stringify(batch))), { 'Content-Encoding': 'gzip' }),
  ];
  expect(answers.map((a) => a.status)).toEqual([200, 200]);
  expect(JSON.parse(answers[1]?.body.toString() ?? '{}')).toMatchObject({ added: 1, quarantined: 1 });

  const reads = await Promise.all(
    [
      '/audit/activity/records?q=controller:mqtt',
      '/ingest/quarantine',
      '/audit/activity/export?format=ndjson&q=controller:mqtt',
    ].map((path) => request(`${host.url}/api/v1${path}`)),
  );
  expect(reads.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(reads[0]?.body.toString()).toMatch(/\[redacted:[0-9a-f]{8}\]/);

  await host.close(1000);
  await store.close();
  const files = await filesUnder(dir);
  expect(files.length).toBeGreaterThan(10);
  const seen = [...answers, ...reads].map((a) => a.body.toString('latin1')).join('\n') + host.raw.join('\n');
  for (const secret of SECRETS) {
    expect(seen).not.toContain(secret);
    for (const file of files)
      expect((await readFile(file)).includes(secret), `${secret} in ${file}`).toBe(false);
  }
}, 60_000);
