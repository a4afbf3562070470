import type { IngestResult } from '../../../src/api/schemas/ingest';
import { missingKey } from '../../engine/ingest/fingerprintSecrets';
import { ingestBatch } from '../../engine/ingest/ingestBatch';
import { BatchRefused, parseBatch } from '../../engine/ingest/parseBatch';
import { Hono } from '../hono';
import { readBody } from '../ingest/readBody';
import { authenticateSender } from '../ingest/sender';
import type { ApiOptions } from '../options';
import { problem } from '../problem';

/** Batches stored at once; more wait for none of them but are told to come back (429). */
const MAX_IN_FLIGHT = 4;
const RETRY_AFTER_SECONDS = 2;

const FORMATS: Readonly<Record<string, 'json' | 'ndjson'>> = {
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
};

/**
 * POST /ingest: the webhook an audit destination posts its batches to (README, "Send records
 * to the console"). 200 means every event of the batch is written: stored, found already
 * stored, or kept in quarantine with its reason.
 */
export function ingestRoutes({ store, fingerprint }: ApiOptions): Hono {
  // createApi always gives one
  const fingerprintOf = fingerprint ?? missingKey;
  let inFlight = 0;

  return new Hono().post('/ingest', async (c) => {
    const request = c.req.raw;
    const now = Date.now();
    const sender = await authenticateSender(store, request, now);
    if (sender instanceof Response) return sender;
    const type = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const format = FORMATS[type];
    if (!format)
      return problem(
        415,
        `Content-Type "${type}" is not accepted: send application/json ({"events": [...]}) or application/x-ndjson (one event per line).`,
      );
    if (inFlight >= MAX_IN_FLIGHT)
      return problem(
        429,
        `The server is storing ${MAX_IN_FLIGHT} batches already. Send this one again in ${RETRY_AFTER_SECONDS} seconds.`,
        {
          headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
        },
      );
    inFlight++;
    try {
      const text = await readBody(request);
      if (text instanceof Response) return text;
      const items = parseBatch(text, format);
      const result = await ingestBatch(store, items, sender.value, fingerprintOf, now);
      if ('forbidden' in result)
        return problem(
          403,
          `The ingest token "${sender.value.name}" may not write ${result.forbidden.join(', ')} records; nothing of this batch was stored. Allow those record types for the token in Settings → Ingestion, or send them with another token.`,
        );
      return Response.json(result satisfies IngestResult);
    } catch (error) {
      if (error instanceof BatchRefused) return problem(error.status, error.message);
      throw error;
    } finally {
      inFlight--;
    }
  });
}
