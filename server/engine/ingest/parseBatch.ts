import { jsonErrorAt } from './jsonErrorAt';
import { ingestEnvelopeSchema, type IngestEnvelope } from '../../../src/api/schemas/ingest';

/** Most events one request may carry; a bigger load is split by the sender. */
export const MAX_EVENTS = 10_000;

/** One event of a body: an envelope to map, or why it is not one, with what was received. */
export type BatchItem =
  | { ok: true; index: number; envelope: IngestEnvelope }
  | { ok: false; index: number; reason: string; raw: unknown; uniqueId: string | null };

/** Why a body as a whole was refused, with the HTTP status that says so. */
export class BatchRefused extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'BatchRefused';
  }
}

/** `{"events": [...]}` (the audit destinations' webhook format), or NDJSON: one event object per line. */
export function parseBatch(text: string, format: 'json' | 'ndjson'): BatchItem[] {
  const items = format === 'json' ? jsonEvents(text) : ndjsonEvents(text);
  if (items.length > MAX_EVENTS)
    throw new BatchRefused(
      413,
      `A batch holds at most ${MAX_EVENTS.toLocaleString('en-US')} events; this one holds ${items.length.toLocaleString('en-US')}. Send it in smaller batches.`,
    );
  return items;
}

function jsonEvents(text: string): BatchItem[] {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BatchRefused(400, `The body is not JSON: ${describeSyntaxError(text)}.`);
  }
  const events =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as { events?: unknown }).events
      : undefined;
  if (!Array.isArray(events))
    throw new BatchRefused(
      400,
      'The body must be an object with an "events" array: {"events": [{"create_time", "event", "unique_id"}]}.',
    );
  return events.map((raw, index) => envelopeAt(raw, index));
}

function ndjsonEvents(text: string): BatchItem[] {
  const items: BatchItem[] = [];
  let index = 0;
  let lineNumber = 0;
  for (const line of text.split('\n')) {
    lineNumber++;
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      items.push({
        ok: false,
        index: index++,
        reason: `line ${lineNumber} is not JSON: ${describeSyntaxError(line)}`,
        raw: line,
        uniqueId: null,
      });
      continue;
    }
    items.push(envelopeAt(raw, index++));
  }
  return items;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function envelopeAt(raw: unknown, index: number): BatchItem {
  // the usual event, checked by hand: the schema's copy of every event costs more than the rest of a batch
  if (
    isObject(raw) &&
    typeof raw.create_time === 'string' &&
    typeof raw.unique_id === 'string' &&
    isObject(raw.event) &&
    Object.keys(raw).length === 3
  )
    return { ok: true, index, envelope: raw as IngestEnvelope };
  const parsed = ingestEnvelopeSchema.safeParse(raw);
  if (parsed.success) return { ok: true, index, envelope: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the event';
  const uniqueId =
    typeof raw === 'object' && raw !== null && typeof (raw as { unique_id?: unknown }).unique_id === 'string'
      ? (raw as { unique_id: string }).unique_id
      : null;
  return {
    ok: false,
    index,
    reason: `${where}: ${issue?.message ?? 'not an event'} (an event is {"create_time", "event": {…}, "unique_id"})`,
    raw,
    uniqueId,
  };
}

/** Where the text stops being JSON, as a byte offset (what a sender's hex dump shows). */
function describeSyntaxError(text: string): string {
  const { at, expected } = jsonErrorAt(text);
  const found =
    at >= text.length
      ? 'the text ends'
      : `found ${JSON.stringify(String.fromCodePoint(text.codePointAt(at) ?? 0))}`;
  return `expected ${expected} at byte ${new TextEncoder().encode(text.slice(0, at)).length}, ${found}`;
}
