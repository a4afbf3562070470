/**
 * The cluster helper's kept data directory (the bench's loaded cluster): stopped and started
 * again on it (on ports of its own), the shards still hold their rows, and stop() leaves the directory.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clickhouseBinary, startClickHouseCluster } from './clickhouseCluster';

const binary = clickhouseBinary();
if ('missing' in binary) console.warn(`The kept-cluster test is skipped: ${binary.missing}.`);

async function sql(url: string, query: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', body: query });
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return text.trim();
}

describe.skipIf('missing' in binary)('a cluster with a data directory', () => {
  const server = 'server' in binary ? binary.server : '';
  let parent = '';
  afterAll(async () => {
    if (parent !== '') await rm(parent, { recursive: true, force: true });
  });

  it('keeps each shard’s rows across a stop and a start', async () => {
    parent = await mkdtemp(join(tmpdir(), 'audit-ch-kept-'));
    const dataDir = join(parent, 'cluster');
    const first = await startClickHouseCluster(server, 2, dataDir);
    const urls = first.shards.map((s) => s.url);
    try {
      for (const [shard, url] of urls.entries()) {
        await sql(url, 'CREATE TABLE default.kept (n UInt8) ENGINE = MergeTree ORDER BY n');
        await sql(url, `INSERT INTO default.kept VALUES (${shard + 1})`);
      }
    } finally {
      await first.stop();
    }
    expect(existsSync(dataDir)).toBe(true);

    const second = await startClickHouseCluster(server, 2, dataDir);
    try {
      const counts = await Promise.all(
        second.shards.map((s) => sql(s.url, 'SELECT sum(n) FROM default.kept')),
      );
      expect(counts).toEqual(['1', '2']);
    } finally {
      await second.stop();
    }
    expect(existsSync(dataDir)).toBe(true);
  });
});
