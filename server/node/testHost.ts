/**
 * For the host's tests: a tiny built console in a temporary folder, a logger whose lines can
 * be read back, the host on an ephemeral loopback port, and a client that shows the bytes as
 * sent (fetch would decompress them and reuse connections).
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import type { IdentityOf } from '../api/identity';
import type { AuditStore } from '../engine/types';
import { loadConsoleFiles } from './consoleFiles';
import { createHost } from './createHost';
import type { HostAuth } from './hostAuth';
import { listen, type Listening } from './listen';
import { localOperator } from './localOperator';

export const INDEX_HTML =
  '<!doctype html><html><head><script type="module" src="/assets/app-3f2a9c.js"></script></head><body></body></html>';
/** over the size worth gzipping */
export const APP_JS = `export const app = ${JSON.stringify('console '.repeat(400))};\n`;

export async function consoleDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'audit-console-'));
  await mkdir(join(dir, 'assets'));
  await mkdir(join(dir, '.vite'));
  await writeFile(join(dir, 'index.html'), INDEX_HTML);
  await writeFile(join(dir, 'assets', 'app-3f2a9c.js'), APP_JS);
  await writeFile(join(dir, 'assets', 'app-3f2a9c.css'), 'body{margin:0}');
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, '.vite', 'manifest.json'), '{}');
  return dir;
}

export interface LogLines {
  log: Logger;
  /** every line written so far, parsed */
  lines: Record<string, unknown>[];
  /** the same, as written */
  raw: string[];
}

export function captureLog(): LogLines {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const log = pino(
    { level: 'debug' },
    {
      write(line: string) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { log, lines, raw };
}

export interface TestHost extends Listening, LogLines {}

export async function startTestHost(
  store: AuditStore,
  identity: IdentityOf = localOperator,
  auth?: HostAuth,
): Promise<TestHost> {
  const logged = captureLog();
  const files = await loadConsoleFiles(await consoleDir());
  const host = createHost({
    store,
    identity,
    auth,
    console: files,
    log: logged.log,
    fingerprintKey: new Uint8Array(32).fill(1),
  });
  const listening = await listen(host.fetch, { port: 0, hostname: '127.0.0.1' });
  return { ...listening, ...logged };
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request on a connection of its own. */
export function request(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    /** written in these pieces: without a Content-Length header, sent chunked */
    body?: readonly (string | Buffer)[];
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    for (const piece of options.body ?? []) req.write(piece);
    req.end();
  });
}
