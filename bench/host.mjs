// The production build served the way a static host serves it: each file read once and gzipped
// ahead of time, any other path answered with index.html (the console routes in the page).
// `vite preview` gzips every response while sending it, on the same two cores as the browser
// under test: right for looking at a build, not for timing how fast it loads.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

function filesOf(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const body = readFileSync(path);
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const gzip = type.startsWith('text/') || type.startsWith('application/json') || type === 'image/svg+xml';
    files.set(`/${relative(dir, path)}`, { body, type, gzipped: gzip ? gzipSync(body, { level: 9 }) : null });
  }
  return files;
}

/** Serves `dir` on `port` with `headers` on every response; resolves once listening. */
export function startStaticHost(dir, port, headers) {
  const files = filesOf(dir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${dir} has no index.html: build first`);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = files.get(path) ?? (extname(path) === '' ? index : null);
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.setHeader('Content-Type', file.type);
    if (file.gzipped && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
      response.end(file.gzipped);
    } else response.end(file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve({ stop: () => server.close() }));
  });
}
