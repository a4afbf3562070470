/**
 * Records that keep arriving once someone watches a live tail. They come from the same world
 * generator as the rest, a stretch of the organisation at a time (so a new login's token
 * really carries the new requests); the store hands each over when its time comes.
 */
import type { AuditRecord, StreamName } from '../../src/api/streams';
import type { Arrival, LiveSource } from '../../server/engine/types';
import { deriveSeed } from './random';
import { DAY, HOUR, MINUTE } from './timeline';
import { generateWorld, type World } from './world';

/** records generated at a time: a busy stream gets shorter chunks, so none costs more than a blink */
const CHUNK_RECORDS = 2000;
const KEPT_CHUNKS = 3;

export interface LiveOptions {
  /** instant the first tail asked from */
  start: number;
  seed: number;
  /** records per minute per stream; 0: none arrive */
  rate: number;
}

export function liveRecords({ start, seed, rate }: LiveOptions): LiveSource {
  /**
   * Arrivals of another tail (after a reload) are other records: their ids name the instant
   * this one started, so a link to one of them never opens one of these.
   */
  const run = `live${start.toString(36)}`;
  /** ms of arrivals generated at a time */
  const length =
    rate > 0 ? Math.min(HOUR, Math.max(MINUTE, Math.round((CHUNK_RECORDS / rate) * MINUTE))) : HOUR;
  const chunks = new Map<number, World>();
  /** per stream: how many arrived, for their ids */
  const arrived = new Map<StreamName, number>();

  function chunk(k: number): World {
    let world = chunks.get(k);
    if (!world) {
      world = generateWorld({
        count: Math.max(0, Math.round(rate * (length / MINUTE))),
        seed: deriveSeed(seed, `live-${String(k)}`),
        now: start + (k + 1) * length,
        days: length / DAY,
      });
      chunks.set(k, world);
      // a day of tailing should not keep every chunk it went through
      for (const old of chunks.keys()) if (old < k - KEPT_CHUNKS) chunks.delete(old);
    }
    return world;
  }

  return {
    /** with ids of this run, numbered in order of arrival (a larger number is a later record) */
    between(stream, from, upTo) {
      if (rate === 0) return [];
      const out: Arrival[] = [];
      const first = Math.max(0, Math.floor((from - start) / length));
      const last = Math.floor((upTo - start) / length);
      for (let k = first; k <= last; k++) {
        const { records, times } = chunk(k)[stream] as { records: AuditRecord[]; times: Float64Array };
        // newest first: walk backwards for oldest first
        for (let i = records.length - 1; i >= 0; i--) {
          const time = Math.floor(times[i] ?? 0);
          const record = records[i];
          if (record && time > from && time <= upTo) out.push({ record, time });
        }
      }
      out.sort((a, b) => a.time - b.time);
      let n = arrived.get(stream) ?? 0;
      for (const item of out) {
        const prefix = item.record.id.replace(/-\d+$/, '');
        item.record.id = `${prefix}-${run}-${String(++n)}`;
      }
      arrived.set(stream, n);
      return out;
    },
  };
}
