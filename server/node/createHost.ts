import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { createApi } from '../api/createApi';
import type { IdentityOf } from '../api/identity';
import { problem } from '../api/problem';
import { hmacFingerprint } from '../engine/ingest/fingerprintSecrets';
import type { AuditStore } from '../engine/types';
import type { ConsoleFiles } from './consoleFiles';
import type { HostAuth } from './hostAuth';
import { requestLog } from './requestLog';
import { sendSecurityHeaders } from './sendSecurityHeaders';
import { serveConsole } from './serveConsole';

export interface HostOptions {
  store: AuditStore;
  identity: IdentityOf;
  /** sign-in's routes and checks (hostAuth.ts); without them, `identity` alone decides (tests, --demo) */
  auth?: Omit<HostAuth, 'identity'>;
  /** the console built for this origin's API (`npm run build:console`) */
  console: ConsoleFiles;
  log: Logger;
  /** the key ingestion fingerprints secrets with (fingerprintKey.ts) */
  fingerprintKey: Uint8Array<ArrayBuffer>;
}

const MAX_BODY_BYTES = 1024 * 1024;

/** Ingestion takes batches of up to 10 MiB and counts them itself, after decompression. */
const OWN_LIMIT = '/api/v1/ingest';

function limitBodies(limit: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (c.req.path === OWN_LIMIT ? next() : limit(c, next));
}

/**
 * The audit server on one origin: the API under /api/v1, the console everywhere else. The
 * console calls the API on its own origin, so no CORS and a CSP of `connect-src 'self'`.
 */
export function createHost({
  store,
  identity,
  auth,
  console: files,
  log,
  fingerprintKey,
}: HostOptions): Hono {
  // the API reports an error with the raw request; this names it by the request id of its log line
  const ids = new WeakMap<Request, string>();
  const api = createApi({
    store,
    identity,
    fingerprint: hmacFingerprint(fingerprintKey),
    onError: (err, request) => log.error({ reqId: ids.get(request), err }, 'API request failed'),
  });

  const host = new Hono();
  host.use(sendSecurityHeaders());
  // a proxy's X-Request-Id is kept (if it is a plain token), so its log and this one line up
  host.use(requestId({ limitLength: 128 }), async (c, next) => {
    await next();
    // a Response a handler builds itself (the API's, the console's) lacks what c.header() set
    c.res.headers.set('X-Request-Id', c.get('requestId'));
  });
  host.use(requestLog(log));
  if (auth?.csrf) {
    host.use('/api/v1/*', auth.csrf);
    host.use('/auth/*', auth.csrf);
  }
  if (auth?.routes) host.route('/', auth.routes);

  host.all(
    '/api/v1/*',
    // the API is open to whoever reaches it: no body of a megabyte is a setting or a search
    limitBodies(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => problem(413, `The request body is over ${MAX_BODY_BYTES} bytes.`),
      }),
    ),
    async (c) => {
      // after bodyLimit, which may hand on a new Request for a chunked body
      ids.set(c.req.raw, c.get('requestId'));
      const own = auth?.api?.owns(c.req.path) ? auth.api : null;
      const response = own ? await own.fetch(c.req.raw) : await api.fetch(c.req.raw);
      // the API records the 403s it answers itself (server/api/auditRefusals.ts)
      if (own) await auth?.afterApi(c.req.raw, response);
      // audit records in a browser's disk cache would outlive the session that read them
      if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-store');
      return response;
    },
  );
  host.all('/api/*', (c) => problem(404, `There is no API at ${c.req.path}: the API is under /api/v1.`));
  host.get('*', serveConsole(files));

  host.notFound((c) => c.text('Not found', 404));
  host.onError((err, c) => {
    log.error({ reqId: c.get('requestId'), err }, 'request failed');
    return c.text('The server failed to answer this request.', 500);
  });
  return host;
}
