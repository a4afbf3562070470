import type { Context } from 'hono';
import type { ConsoleFile, ConsoleFiles } from './consoleFiles';

const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html (and unhashed files such as favicon.svg) are asked again on every load: a new build shows at once */
const REVALIDATE = 'no-cache';

/**
 * The console's routes are paths without a file extension (/overview, /audit/access); a missing
 * file (/assets/gone-1a2b.js, /favicon.ico) is a 404, as index.html in its place would only
 * break the page that asked for it in a confusing way.
 */
function isClientRoute(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return !path.startsWith('/assets/') && !name.includes('.');
}

function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let accepted = false;
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    // an explicit `gzip;q=0` wins over `*`
    if (name === 'gzip') return weight > 0;
    accepted = weight > 0;
  }
  return accepted;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

async function respond(c: Context, file: ConsoleFile): Promise<Response> {
  const gzip = file.gzip !== null && acceptsGzip(c.req.header('Accept-Encoding'));
  // the gzipped bytes are another representation: they need a validator of their own
  const etag = gzip ? file.etag.replace(/"$/, '-gzip"') : file.etag;
  const headers: Record<string, string> = {
    'Content-Type': file.type,
    'Cache-Control': file.immutable ? IMMUTABLE : REVALIDATE,
    ETag: etag,
  };
  if (file.gzip) headers['Vary'] = 'Accept-Encoding';
  if (matches(c.req.header('If-None-Match'), etag)) return new Response(null, { status: 304, headers });
  const body = gzip && file.gzip ? await file.gzip() : file.body;
  if (gzip) headers['Content-Encoding'] = 'gzip';
  headers['Content-Length'] = String(body.byteLength);
  return new Response(body, { status: 200, headers });
}

/** GET (and HEAD) of anything outside /api: the built console, with its client routes. */
export function serveConsole(files: ConsoleFiles) {
  return async (c: Context): Promise<Response> => {
    const file = files.get(c.req.path) ?? (isClientRoute(c.req.path) ? files.index : undefined);
    return file ? respond(c, file) : c.notFound();
  };
}
