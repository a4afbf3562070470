import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  ingestBatchSchema,
  ingestEnvelopeSchema,
  ingestResultSchema,
  quarantineListSchema,
  quarantineRetrySchema,
} from '../../../../src/api/schemas/ingest';
import { MAX_EVENTS } from '../../../engine/ingest/parseBatch';
import { json, problems } from '../http';
import { idParam, quarantineQuery } from '../params';
import { PERMISSIONS } from '../rules';

const TOKEN =
  'Authenticated by an ingest token (Settings → Ingestion), never a session: `Authorization: Bearer <token>`, ' +
  'or Basic with the token as password, or an `X-Ingest-Token` header.';

/** The webhook audit destinations post to, and the quarantine of what it could not store. */
export function registerIngestPaths(registry: OpenAPIRegistry): void {
  const tags = ['Ingestion'];

  registry.registerPath({
    method: 'post',
    path: '/ingest',
    operationId: 'ingest',
    tags,
    summary: 'Send a batch of audit events',
    description:
      'The audit destinations webhook format, `{"events": [{"create_time", "event": {…, "log_type"}, "unique_id"}]}`, ' +
      `or NDJSON (one event object per line); \`Content-Encoding: gzip\` accepted; at most 10 MiB after ` +
      `decompression and ${MAX_EVENTS.toLocaleString('en-US')} events. Each event is stored (its \`unique_id\` is the ` +
      "record's id: an event stored already is counted as a duplicate, never written twice) or kept in " +
      'quarantine with its reason; 200 means all of it is written. Secrets (values under secret-like keys, ' +
      'at any depth, in JSON text and URL parameters) are replaced by `[redacted:<fingerprint>]` before ' +
      `anything is stored. ${TOKEN} A token that may not write one of the batch's streams: 403, nothing stored.`,
    security: [{ ingestToken: [] }],
    request: {
      body: {
        required: true,
        content: {
          'application/json': { schema: ingestBatchSchema },
          'application/x-ndjson': { schema: ingestEnvelopeSchema },
        },
      },
    },
    responses: {
      200: json(ingestResultSchema, 'What became of each event.'),
      ...problems(
        [400, 'The body is not JSON (`detail` gives the byte offset), not UTF-8, or not a batch.'],
        [401, 'No ingest token, an unknown one, or one revoked or expired.'],
        [403, 'The token may not write a stream the batch holds.'],
        413,
        415,
        429,
      ),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/ingest/quarantine',
    operationId: 'listQuarantine',
    tags,
    summary: 'List quarantined events',
    description: `Newest first, with a count per reason. ${PERMISSIONS.manage}`,
    request: { query: quarantineQuery },
    responses: { 200: json(quarantineListSchema, 'The quarantine.'), ...problems(400, 401, 403) },
  });

  const params = idParam("The quarantined event's `id`.");
  const missing = [404, 'There is no such quarantined event: retried or discarded already.'] as const;

  registry.registerPath({
    method: 'post',
    path: '/ingest/quarantine/{id}/retry',
    operationId: 'retryQuarantined',
    tags,
    summary: 'Map a quarantined event again',
    description:
      'Stored (or found stored already), the entry leaves the quarantine and the retry is audited; still ' +
      `refused, it stays with the reason of today's mapping. ${PERMISSIONS.manage}`,
    request: { params },
    responses: { 200: json(quarantineRetrySchema, 'What the retry did.'), ...problems(401, 403, missing) },
  });

  registry.registerPath({
    method: 'delete',
    path: '/ingest/quarantine/{id}',
    operationId: 'discardQuarantined',
    tags,
    summary: 'Discard a quarantined event',
    description: `Audited as an Activity record (without the event itself). ${PERMISSIONS.manage}`,
    request: { params },
    responses: { 204: { description: 'Discarded.' }, ...problems(401, 403, missing) },
  });
}
