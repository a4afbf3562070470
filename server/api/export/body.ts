import type { AuditRecord } from '../../../src/api/streams';
import type { RecordStream } from '../../engine/types';
import type { Encoder } from './encoders';

/** Records in the first chunk, so progress shows at once; later chunks fill a time slice. */
export const CHUNK_RECORDS = 1000;
// Each chunk costs a round trip (through the demo's service worker, or the network): bigger
// chunks finish a million records sooner, and a slice of this length keeps the thread that
// encodes (the demo page's, or the server's) responsive meanwhile.
const SLICE_MS = 12;
const MAX_CHUNK_RECORDS = 20_000;

/** Lets whatever else waits for the thread run between chunks. */
const yieldThread = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An export's body, pull-based: the next chunk is encoded only when the reader wants it, so a
 * slow or cancelled download never has the whole file in memory. `ended` is told once how
 * many records were written, and whether the body got to its end or the reader cancelled.
 */
export function exportBody(
  found: RecordStream,
  encoder: Encoder,
  ended: (written: number, status: 'success' | 'failed') => Promise<void>,
): ReadableStream<Uint8Array> {
  const { total } = found;
  const batches = found.batches[Symbol.asyncIterator]();
  const bytes = new TextEncoder();
  /** the batch being written, and the position in it */
  let batch: readonly AuditRecord[] = [];
  let at = 0;
  let written = 0;
  let begun = false;
  let exhausted = false;
  let finished = false;
  /** the store may hold a cursor open for the rest: let it go */
  const finish = async () => {
    finished = true;
    if (!exhausted) await batches.return?.();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await yieldThread();
      if (finished) return;
      const first = !begun;
      begun = true;
      let text = first ? encoder.head : '';
      const started = performance.now();
      const end = Math.min(written + (first ? CHUNK_RECORDS : MAX_CHUNK_RECORDS), total);
      while (written < end && (first || performance.now() - started < SLICE_MS)) {
        if (at === batch.length) {
          const next = await batches.next();
          // cancelled while the store read: cancel() has told `ended`
          if (finished) return;
          if (next.done) {
            exhausted = true;
            break;
          }
          [batch, at] = [next.value, 0];
          continue;
        }
        // the clock is read every 100 records, not every record
        const stop = Math.min(at + 100, batch.length, at + end - written);
        for (; at < stop; at++, written++)
          text += encoder.row(batch[at] as AuditRecord, written === total - 1);
      }
      const done = written === total || exhausted;
      if (done) text += encoder.tail;
      controller.enqueue(bytes.encode(text));
      if (done) {
        await finish();
        await ended(written, 'success');
        controller.close();
      }
    },
    async cancel() {
      if (finished) return;
      await finish();
      await ended(written, 'failed');
    },
  });
}
