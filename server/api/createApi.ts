import { hmacFingerprint } from '../engine/ingest/fingerprintSecrets';
import { StoreUnavailable } from '../engine/unavailable';
import { Hono } from './hono';
import type { ApiOptions } from './options';
import { ApiProblem, problem } from './problem';
import { redactedStore } from './redactedStore';
import { auditRefusals } from './auditRefusals';
import { destinationRoutes } from './routes/destinations';
import { eventTypeRoutes } from './routes/eventTypes';
import { exportRoutes } from './routes/export';
import { facetRoutes } from './routes/facets';
import { histogramRoutes } from './routes/histogram';
import { ingestRoutes } from './routes/ingest';
import { quarantineRoutes } from './routes/quarantine';
import { ingestTokenRoutes } from './routes/ingestTokens';
import { meRoutes } from './routes/me';
import { openApiRoutes } from './routes/openapi';
import { overviewRoutes } from './routes/overview';
import { recordRoutes } from './routes/records';
import { retentionRoutes } from './routes/retention';
import { savedSearchRoutes } from './routes/savedSearches';
import { tailRoutes } from './routes/tail';
import { timelineRoutes } from './routes/timeline';

export type { ApiOptions } from './options';
export type { Identity, IdentityOf } from './identity';

const RESOURCES = [
  openApiRoutes,
  meRoutes,
  eventTypeRoutes,
  timelineRoutes,
  overviewRoutes,
  recordRoutes,
  facetRoutes,
  histogramRoutes,
  exportRoutes,
  tailRoutes,
  destinationRoutes,
  retentionRoutes,
  savedSearchRoutes,
  ingestRoutes,
  quarantineRoutes,
  ingestTokenRoutes,
];

/**
 * The audit console's HTTP API (README, "The API") over a store: one implementation with two
 * homes, the demo's service worker (mocks/) and the audit server. `fetch` takes a Request and
 * answers a Response; every error is problem+json.
 */
export function createApi(options: ApiOptions): Hono {
  const report = options.onError ?? ((error: Error) => console.error(error));
  const app = new Hono().basePath('/api/v1');
  // one key for every route that fingerprints: a retried event gets the fingerprints its batch got
  const fingerprint = options.fingerprint ?? hmacFingerprint(crypto.getRandomValues(new Uint8Array(32)));
  // no route can hand out a record, facet or top value the redaction rule has not been through
  const shared: ApiOptions = { ...options, fingerprint, store: redactedStore(options.store, fingerprint) };
  // before the routes: it sees the answer of each, and of any mounted later (the demo's reset)
  app.use('*', auditRefusals(shared));
  for (const routes of RESOURCES) app.route('/', routes(shared));
  app.notFound((c) => problem(404, `This API has no ${c.req.method} ${c.req.path}.`));
  app.onError((error, c) => {
    if (error instanceof ApiProblem) return error.response;
    if (error instanceof StoreUnavailable) {
      report(error, c.req.raw);
      // what is down, and that nothing partial was answered or half stored: the client can retry
      return problem(503, error.message, { headers: { 'Retry-After': String(error.retryAfterSeconds) } });
    }
    report(error, c.req.raw);
    // what went wrong stays in the report: a stack or a query says too much to a client
    return problem(500, 'The server failed to answer this request. Try again later.');
  });
  return app;
}
