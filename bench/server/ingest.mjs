// Ingest through the server's real endpoint (POST /api/v1/ingest, README's ingestion section)
// into the loaded store, after the read figures: the demo world's events as a sender sends them
// (bench/ingestEvents.ts), all four streams, in batches of 1,000, one after another. They are
// dated 45 days before the loaded world's newest record, outside every window the figures ask
// (30 days, the export's), so a later run over the same cache measures the same world; their
// ids are new each run. Then one batch sent again: every event refused as known.
import { randomBytes } from 'node:crypto';
import { runnerImport } from 'vite';
import { median, round } from '../stats.mjs';
import { DAY } from './api.mjs';

const EVENTS = Number(process.env.BENCH_SERVER_INGEST ?? 20_000);
const BATCH = 1_000;
const RETRIES = 5;

/** The bootstrap ingest token (INGEST_TOKEN) the bench's servers start with. */
export const INGEST_TOKEN = randomBytes(24).toString('hex');

async function send(base, events) {
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/ingest`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${INGEST_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`ingest: ${response.status} ${text.slice(0, 300)}`);
  return { ms, result: JSON.parse(text) };
}

export async function ingestFigure(base, { newest }) {
  const { module } = await runnerImport('./bench/ingestEvents.ts');
  const events = module.ingestEvents(EVENTS, {
    now: newest - 45 * DAY,
    idPrefix: `bench-ingest-${Date.now()}`,
  });
  const started = performance.now();
  for (let from = 0; from < events.length; from += BATCH) {
    const batch = events.slice(from, from + BATCH);
    const { result } = await send(base, batch);
    if (result.added !== batch.length)
      throw new Error(
        `ingest: ${batch.length} sent, ${result.added} added: ${JSON.stringify(result).slice(0, 300)}`,
      );
  }
  const ms = performance.now() - started;
  const first = events.slice(0, BATCH);
  const retried = [];
  for (let i = 0; i < RETRIES; i++) {
    const { ms: retryMs, result } = await send(base, first);
    if (result.duplicates !== first.length)
      throw new Error(`a retried batch: ${result.duplicates} of ${first.length} refused as known`);
    retried.push(retryMs);
  }
  return {
    events: events.length,
    batch: BATCH,
    ms: Math.round(ms),
    eventsPerSecond: Math.round(events.length / (ms / 1000)),
    retriedBatchMs: round(median(retried)),
    retriedBatchSamplesMs: retried.map((r) => round(r)),
  };
}
