/**
 * Records that keep arriving once someone watches a live tail. They come from the same
 * world generator as the rest, a stretch of the organisation at a time (so a new login's
 * token really carries the new requests), and each arrives when its time comes: after a
 * read at instant s, every record up to s is in the store, and no later arrival is older.
 */
import type { AuditRecord, StreamName } from '../../src/api/streams';
import { DEFAULT_LIVE_RATE, getMockSettings } from '../settings';
import { deriveSeed } from './random';
import { DAY, HOUR, MINUTE } from './timeline';
import { generateWorld, type World } from './world';

/** records generated at a time: a busy stream gets shorter chunks, so none costs more than a blink */
const CHUNK_RECORDS = 2000;
const KEPT_CHUNKS = 3;

interface Clock {
  /** instant the first tail asked from: nothing before it arrives (nobody was watching) */
  start: number;
  seed: number;
  rate: number;
  /** ms of arrivals generated at a time */
  chunk: number;
  /** per stream: arrivals are delivered up to and including this instant */
  delivered: Map<StreamName, number>;
  /** per stream: how many arrived, for their ids */
  arrived: Map<StreamName, number>;
  chunks: Map<number, World>;
}

let clock: Clock | null = null;

/** Starts the arrivals (once), from the instant the first live tail asked from. */
export function startLive(at: number, seed: number): void {
  if (clock) return;
  const rate = getMockSettings().liveRate ?? DEFAULT_LIVE_RATE;
  const chunk =
    rate > 0 ? Math.min(HOUR, Math.max(MINUTE, Math.round((CHUNK_RECORDS / rate) * MINUTE))) : HOUR;
  clock = {
    start: Math.floor(at),
    seed,
    rate,
    chunk,
    delivered: new Map(),
    arrived: new Map(),
    chunks: new Map(),
  };
}

export function stopLive(): void {
  clock = null;
}

function chunk(c: Clock, k: number): World {
  let world = c.chunks.get(k);
  if (!world) {
    world = generateWorld({
      count: Math.max(0, Math.round(c.rate * (c.chunk / MINUTE))),
      seed: deriveSeed(c.seed, `live-${String(k)}`),
      now: c.start + (k + 1) * c.chunk,
      days: c.chunk / DAY,
    });
    c.chunks.set(k, world);
    // a day of tailing should not keep every chunk it went through
    for (const old of c.chunks.keys()) if (old < k - KEPT_CHUNKS) c.chunks.delete(old);
  }
  return world;
}

/**
 * The records of `stream` whose time has come since the last call, oldest first, with
 * fresh ids that continue the stream's numbering (a larger id is a later record).
 */
export function arrivals(
  stream: StreamName,
  upTo: number,
  firstId: number,
): { record: AuditRecord; time: number }[] {
  const c = clock;
  if (!c || c.rate === 0) return [];
  const from = c.delivered.get(stream) ?? c.start;
  if (upTo <= from) return [];
  const out: { record: AuditRecord; time: number }[] = [];
  const first = Math.max(0, Math.floor((from - c.start) / c.chunk));
  const last = Math.floor((upTo - c.start) / c.chunk);
  for (let k = first; k <= last; k++) {
    const { records, times } = chunk(c, k)[stream] as { records: AuditRecord[]; times: Float64Array };
    // newest first: walk backwards for oldest first
    for (let i = records.length - 1; i >= 0; i--) {
      const time = Math.floor(times[i] ?? 0);
      const record = records[i];
      if (record && time > from && time <= upTo) out.push({ record, time });
    }
  }
  out.sort((a, b) => a.time - b.time);
  let n = c.arrived.get(stream) ?? 0;
  for (const item of out) {
    const prefix = item.record.id.replace(/-\d+$/, '');
    item.record.id = `${prefix}-${String(firstId + n++)}`;
  }
  c.arrived.set(stream, n);
  c.delivered.set(stream, upTo);
  return out;
}
