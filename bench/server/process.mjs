// The audit server as `npm start` runs it (node dist-server/main.js), in a child process of its
// own: its API answers over real HTTP on 127.0.0.1, and its memory (RSS) can be read apart from
// the bench's.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process, in MB (Linux). */
export function rssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/**
 * Starts the built server with `env` (DATA_DIR or DATABASE_URL, …) and waits until its API
 * answers, which is after a demo load too. `onLine` sees its log lines (pino JSON).
 */
export async function startServer(env, { onLine = () => {}, timeoutMs = 3 * 60 * 60_000 } = {}) {
  const port = await freePort();
  // DEMO=1: every request is the local operator, as the bench has no sign-in provider; on a
  // store that holds records it loads nothing
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', DEMO: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let tail = '';
  const lines = (chunk) => {
    tail += chunk;
    const parts = tail.split('\n');
    tail = parts.pop() ?? '';
    for (const line of parts) if (line.trim() !== '') onLine(line);
  };
  child.stdout.setEncoding('utf8').on('data', lines);
  child.stderr.setEncoding('utf8').on('data', lines);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  let gone = null;
  void exited.then((e) => (gone = e));
  for (;;) {
    if (gone) throw new Error(`the server exited while starting (${JSON.stringify(gone)}): ${tail}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error('the server did not start in time');
    }
    let response;
    try {
      response = await fetch(`${url}/api/v1/me`);
    } catch {
      // not listening yet
    }
    if (response?.ok) break;
    // listening but refusing (no sign-in): waiting would not change it
    if (response) {
      child.kill('SIGKILL');
      throw new Error(`the server answers ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    pid: child.pid,
    /** SIGTERM, as a service manager stops it: it closes the database before it exits */
    async stop() {
      if (!gone) child.kill('SIGTERM');
      return exited;
    },
  };
}
