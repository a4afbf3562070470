import { z } from 'zod';
import { recordTypeSchema } from './recordTypes';
import { hiddenCharProblem } from '../plainText';

/**
 * Ingestion (POST /ingest): audit records sent to the console as an audit destination's webhook
 * sends them, in the batch format of the audit destinations documentation:
 * `{"events":[{"create_time", "event": {…, "log_type"}, "unique_id"}]}`, or NDJSON of the same
 * event objects. `unique_id` is the record's id, so a retried batch stores nothing twice.
 */
export const ingestEnvelopeSchema = z.object({
  /** when the sender made the event, RFC 3339 with up to nanoseconds */
  create_time: z.string(),
  event: z.record(z.string(), z.unknown()),
  unique_id: z.string(),
});
export type IngestEnvelope = z.infer<typeof ingestEnvelopeSchema>;

/** The JSON body of POST /ingest (documented; the route reads events one by one, to keep the valid ones). */
export const ingestBatchSchema = z.object({ events: z.array(ingestEnvelopeSchema) });

export const rejectedEventSchema = z.object({
  /** the event's place in the batch, from 0 (in NDJSON, its line number less one) */
  index: z.number().int().nonnegative(),
  uniqueId: z.string().nullable(),
  reason: z.string(),
  /** the quarantine entry it was kept as, to retry or discard in Settings → Ingestion */
  quarantineId: z.string(),
});
export type RejectedEvent = z.infer<typeof rejectedEventSchema>;

/** The answer to a batch: every event is counted once, as added, duplicate or quarantined. */
export const ingestResultSchema = z.object({
  received: z.number().int().nonnegative(),
  /** new records stored */
  added: z.number().int().nonnegative(),
  /** events whose unique_id was already stored (a retried batch): nothing was written for them */
  duplicates: z.number().int().nonnegative(),
  quarantined: z.number().int().nonnegative(),
  /** new records per stream */
  streams: z.record(recordTypeSchema, z.number().int().nonnegative()),
  rejected: z.array(rejectedEventSchema),
  /** what the sender should know though nothing failed, e.g. records older than their retention period */
  warnings: z.array(z.string()),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;

// ---- ingest tokens (Settings → Ingestion) ----

export const MAX_TOKEN_NAME = 80;

/** How a sender authenticates; the secret itself is shown once, when the token is created. */
export const ingestTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** the streams it may write */
  streams: z.array(recordTypeSchema),
  /** ISO instant after which it is refused; null: never */
  expiresAt: z.string().nullable(),
  createdAt: z.string(),
  /** who created it (email); the environment's token says `INGEST_TOKEN` */
  createdBy: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  /** `environment`: the server's bootstrap token (INGEST_TOKEN), listed but never shown */
  source: z.enum(['console', 'environment']),
  /** the secret's last four characters, to tell tokens apart in a sender's configuration */
  hint: z.string(),
});
export type IngestToken = z.infer<typeof ingestTokenSchema>;

export const ingestTokenListSchema = z.object({ items: z.array(ingestTokenSchema) });

export const ingestTokenInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for the token.')
    .max(MAX_TOKEN_NAME, `Use at most ${MAX_TOKEN_NAME} characters.`)
    .superRefine((name, ctx) => {
      const problem = hiddenCharProblem(name, 'The name');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  streams: z.array(recordTypeSchema).min(1, 'Choose at least one record type the token may write.'),
  expiresAt: z.iso.datetime({ offset: true, message: 'Enter a date and time.' }).nullable(),
});
export type IngestTokenInput = z.input<typeof ingestTokenInputSchema>;

/** The only answer that carries the secret: the sender's configuration needs it, the console never shows it again. */
export const createdIngestTokenSchema = z.object({
  token: ingestTokenSchema,
  secret: z.string(),
});
export type CreatedIngestToken = z.infer<typeof createdIngestTokenSchema>;

// ---- quarantine: events that fit no stream, kept until retried or discarded ----

export const quarantinedEventSchema = z.object({
  id: z.string(),
  receivedAt: z.string(),
  reason: z.string(),
  /** the stream the event named or resembled, if any */
  stream: recordTypeSchema.nullable(),
  uniqueId: z.string().nullable(),
  /** the event as received (JSON text), its secrets already replaced by fingerprints */
  raw: z.string(),
  /** the name of the token that sent it */
  tokenName: z.string(),
});
export type QuarantinedEvent = z.infer<typeof quarantinedEventSchema>;

export const quarantineListSchema = z.object({
  /** newest first, at most the `limit` asked for */
  items: z.array(quarantinedEventSchema),
  total: z.number().int().nonnegative(),
  /** every reason with how many events it kept, most first */
  reasons: z.array(z.object({ reason: z.string(), count: z.number().int().positive() })),
});
export type QuarantineList = z.infer<typeof quarantineListSchema>;

/** What a retry did: stored (now valid), already stored, or still refused (and kept, with the new reason). */
export const quarantineRetrySchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('stored'), stream: recordTypeSchema, recordId: z.string() }),
  z.object({ outcome: z.literal('duplicate'), stream: recordTypeSchema, recordId: z.string() }),
  z.object({ outcome: z.literal('rejected'), reason: z.string() }),
]);
export type QuarantineRetry = z.infer<typeof quarantineRetrySchema>;
