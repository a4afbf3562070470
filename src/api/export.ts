import { send } from './client';
import { ApiError } from './errors';
import { EXPORT_MEDIA_TYPES, TOTAL_HEADER, type ExportFormat } from './schemas/export';
import type { StreamName } from './streams';
import { formatCount } from './formatCount';

export interface ExportRequest {
  stream: StreamName;
  format: ExportFormat;
  /** in file order; absent: every field */
  columns?: readonly string[];
  q?: string;
  from?: string;
  to?: string;
  sort?: string;
  /** IANA zone for the extra local-time column; absent: UTC only */
  tz?: string;
  bom?: boolean;
}

export interface ExportProgress {
  written: number;
  total: number;
}

/** The body ended early, broke off, or held a different number of records than announced. */
export class ExportIncompleteError extends Error {
  constructor(
    readonly written: number,
    readonly total: number,
    reason: string,
  ) {
    super(
      `The export stopped after ${formatCount(written)} of ${formatCount(total)} records: ${reason}. No file was saved; retry to start again.`,
    );
    this.name = 'ExportIncompleteError';
  }
}

const LF = 0x0a;
const QUOTE = 0x22;
const BRACE = 0x7b;

/**
 * Counts records in a body as its bytes arrive, in any chunking. Each format puts one
 * record per line (see the mock's encoder); UTF-8 never uses these ASCII bytes inside
 * a multi-byte character, so scanning bytes is safe.
 */
export function recordCounter(format: ExportFormat) {
  let lines = 0;
  let inQuotes = false;
  let afterLf = false;
  return {
    push(chunk: Uint8Array): void {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (format === 'csv') {
          // "" inside a quoted value toggles twice: still inside
          if (b === QUOTE) inQuotes = !inQuotes;
          else if (b === LF && !inQuotes) lines++;
        } else if (format === 'json') {
          // an element is a line of the array starting with "{"
          if (afterLf && b === BRACE) lines++;
          afterLf = b === LF;
        } else if (b === LF) lines++;
      }
    },
    /** CSV's first line is the header */
    get records(): number {
      return format === 'csv' ? Math.max(0, lines - 1) : lines;
    },
  };
}

// Renderer memory holds at most this much of a file at once; older parts move into Blobs,
// which the browser may keep on disk.
const PART_BYTES = 16 * 1024 * 1024;

/**
 * Downloads every record of a search into a Blob, counting them as they arrive.
 * Resolves only for a complete body whose record count equals the announced total;
 * anything else rejects, so a partial file is never offered as complete.
 */
export async function fetchExport(
  req: ExportRequest,
  options: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void } = {},
): Promise<{ blob: Blob; records: number }> {
  const { signal, onProgress } = options;
  const { response, method, path } = await send(`/audit/${req.stream}/export`, {
    params: {
      format: req.format,
      columns: req.columns?.join(','),
      q: req.q,
      from: req.from,
      to: req.to,
      sort: req.sort,
      tz: req.tz,
      bom: req.bom ? 'true' : undefined,
    },
    accept: EXPORT_MEDIA_TYPES[req.format],
    signal,
  });
  const announced = Number(response.headers.get(TOTAL_HEADER) ?? NaN);
  if (!Number.isInteger(announced) || announced < 0 || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new ApiError({ kind: 'schema', method, path, detail: `no ${TOTAL_HEADER} header or no body` });
  }

  const counter = recordCounter(req.format);
  const blobs: Blob[] = [];
  let parts: Uint8Array<ArrayBuffer>[] = [];
  let partBytes = 0;
  const reader = response.body.getReader();
  // not every fetch ties the body to the signal (a mocked one may not): cancelling the
  // reader also tells the server to stop
  const stop = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  onProgress?.({ written: 0, total: announced });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      counter.push(value);
      parts.push(value as Uint8Array<ArrayBuffer>);
      partBytes += value.byteLength;
      if (partBytes >= PART_BYTES) {
        blobs.push(new Blob(parts));
        parts = [];
        partBytes = 0;
      }
      onProgress?.({ written: Math.min(counter.records, announced), total: announced });
    }
  } catch (cause) {
    if (signal?.aborted) throw signal.reason ?? cause;
    throw new ExportIncompleteError(counter.records, announced, 'the connection to the server failed');
  } finally {
    signal?.removeEventListener('abort', stop);
    reader.releaseLock();
  }
  if (counter.records !== announced)
    throw new ExportIncompleteError(
      counter.records,
      announced,
      `the server announced ${formatCount(announced)} records but sent ${formatCount(counter.records)}`,
    );
  blobs.push(new Blob(parts));
  const type = EXPORT_MEDIA_TYPES[req.format];
  return { blob: new Blob(blobs, { type }), records: counter.records };
}
