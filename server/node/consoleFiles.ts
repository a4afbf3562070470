import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipped = promisify(gzip);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

/** Below this, gzip's header and the CPU cost more than the bytes saved. */
const MIN_GZIP_BYTES = 1024;

/** A Response's body as the DOM types take it (a Buffer may sit on a shared ArrayBuffer). */
type Bytes = Uint8Array<ArrayBuffer>;

export interface ConsoleFile {
  body: Bytes;
  type: string;
  /** strong validator of the bytes, for If-None-Match */
  etag: string;
  /** Vite names files in assets/ by their content hash: such a file never changes */
  immutable: boolean;
  /** the gzipped body, made on first request; null: not worth compressing */
  gzip: (() => Promise<Bytes>) | null;
}

export interface ConsoleFiles {
  /** the file at a URL path (`/assets/index-3f2a.js`); dot-files (`/.vite/manifest.json`) are not served */
  get(path: string): ConsoleFile | undefined;
  index: ConsoleFile;
}

export class ConsoleNotBuilt extends Error {
  constructor(dir: string) {
    super(
      `The console is not built: ${dir} has no index.html. Run \`npm run build:console\` (npm start does).`,
    );
    this.name = 'ConsoleNotBuilt';
  }
}

function compressible(type: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/.test(type);
}

function consoleFile(path: string, body: Bytes): ConsoleFile {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  let compressed: Promise<Bytes> | null = null;
  return {
    body,
    type,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    immutable: path.startsWith('/assets/'),
    gzip:
      compressible(type) && body.length >= MIN_GZIP_BYTES
        ? () => (compressed ??= gzipped(body, { level: 9 }).then((zipped) => new Uint8Array(zipped)))
        : null,
  };
}

/**
 * The built console (`dist-console/`), read into memory once at start-up: a few megabytes, and
 * a rebuild while the server runs cannot hand a browser an index.html whose assets are gone.
 */
export async function loadConsoleFiles(dir: string): Promise<ConsoleFiles> {
  const files = new Map<string, ConsoleFile>();
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    throw new ConsoleNotBuilt(dir);
  }
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = `/${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    if (path.split('/').some((segment) => segment.startsWith('.'))) continue;
    files.set(path, consoleFile(path, new Uint8Array(await readFile(join(entry.parentPath, entry.name)))));
  }
  const index = files.get('/index.html');
  if (!index) throw new ConsoleNotBuilt(dir);
  return { get: (path) => files.get(path), index };
}
