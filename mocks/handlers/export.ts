import { HttpResponse, http } from 'msw';
import { DEMO_USER } from '../identity';
import {
  EXPORT_MEDIA_TYPES,
  TOTAL_HEADER,
  exportColumns,
  exportParamsSchema,
  localTimeColumn,
  type ExportFormat,
} from '../../src/api/schemas/export';
import { streamContracts, type AuditRecord } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import { UTF8_BOM, encodeCsvHeader, encodeCsvRow } from '../../server/engine/csv';
import { zonedIsoFormatter } from '../../src/api/csvTime';
import { auditExport, type ExportSummary } from '../../server/engine/auditTrail';
import { badParameter } from '../problem';
import { getMockSettings } from '../settings';
import { firstIssue, guard, paramsOf } from './common';
import { store } from '../store';
import { parseSearch } from './searchParams';

/**
 * With `fault: '500'` or `'network'` and `faultPath: '/export-midway'`, an export starts
 * normally (200, headers, first chunk) and then its body fails: the "connection lost
 * mid-download" case, which no request-level fault can produce.
 */
export const MIDWAY_FAULT_PATH = '/export-midway';

/** Records in the first chunk, so progress shows at once; later chunks fill a time slice. */
export const CHUNK_RECORDS = 1000;
// Each chunk costs a round trip through the service worker: bigger chunks finish a million
// records sooner, and a slice of this length keeps the page responsive while encoding.
const SLICE_MS = 12;
const MAX_CHUNK_RECORDS = 20_000;

interface Encoder {
  head: string;
  /** `last`: the JSON array's last element takes no comma */
  row(record: AuditRecord, last: boolean): string;
  tail: string;
}

/**
 * Every format keeps one record per line, so the client can count records as they
 * arrive: CSV rows end in CRLF (line breaks inside values are quoted), JSON is an array
 * with one element per line, NDJSON one object per line.
 */
function encoderFor(
  format: ExportFormat,
  columns: readonly string[],
  valueOf: (record: AuditRecord, column: string) => unknown,
  bom: boolean,
): Encoder {
  const project = (r: AuditRecord) =>
    JSON.stringify(Object.fromEntries(columns.map((c) => [c, valueOf(r, c)])));
  switch (format) {
    case 'csv':
      return {
        head: (bom ? UTF8_BOM : '') + encodeCsvHeader(columns),
        row: (r) => encodeCsvRow(columns.map((c) => valueOf(r, c))),
        tail: '',
      };
    case 'json':
      return { head: '[\n', row: (r, last) => `${project(r)}${last ? '' : ','}\n`, tail: ']\n' };
    case 'ndjson':
      return { head: '', row: (r) => `${project(r)}\n`, tail: '' };
  }
}

/** A bound as the audit record states it: the instant the export resolved it to. */
function isoBound(bound: string | undefined): string | null {
  const ms = bound === undefined ? null : parseTimeBound(bound, Date.now());
  return ms === null ? null : new Date(ms).toISOString();
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const exportHandlers = [
  http.get('*/api/v1/audit/:stream/export', async ({ request, params }) => {
    const stream = await guard(request, String(params.stream), 'Exporting');
    if (stream instanceof Response) return stream;

    const contract = streamContracts[stream];
    const parsed = exportParamsSchema.safeParse(paramsOf(request));
    if (!parsed.success) return firstIssue(parsed.error);
    const { q, from, to, sort, format, tz, bom } = parsed.data;

    const chosen = exportColumns(contract, parsed.data.columns);
    if (!chosen.ok) return badParameter('columns', chosen.message);
    const search = parseSearch(stream, { q, from, to, sort });
    if (search instanceof Response) return search;

    const timeField = contract.timeField;
    const localColumn = localTimeColumn(contract);
    const columns =
      tz !== undefined && chosen.columns.includes(timeField)
        ? chosen.columns.flatMap((c) => (c === timeField ? [c, localColumn] : [c]))
        : chosen.columns;
    const local = tz === undefined ? null : zonedIsoFormatter(tz);
    const valueOf = (record: AuditRecord, column: string): unknown =>
      column === localColumn && local ? local(String(record[timeField] ?? '')) : (record[column] ?? null);
    const encoder = encoderFor(format, columns, valueOf, bom === 'true');

    const found = await store.export(search);
    const { total } = found;
    const batches = found.batches[Symbol.asyncIterator]();

    const settings = getMockSettings();
    const failMidway =
      settings.faultPath === MIDWAY_FAULT_PATH && (settings.fault === '500' || settings.fault === 'network');
    const summary = (records: number, status: ExportSummary['status']): ExportSummary => ({
      stream,
      q,
      from: isoBound(from),
      to: isoBound(to),
      format,
      columns,
      records,
      total,
      status,
    });

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
    // pull-based: the next chunk is encoded only when the reader wants it, so a slow or
    // cancelled download never has the whole file sitting in memory
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await yieldToPage();
        if (finished) return;
        const first = !begun;
        begun = true;
        let text = first ? encoder.head : '';
        const started = performance.now();
        const end = Math.min(written + (first ? CHUNK_RECORDS : MAX_CHUNK_RECORDS), total);
        while (written < end && (first || performance.now() - started < SLICE_MS)) {
          if (at === batch.length) {
            const next = await batches.next();
            // cancelled while the store read: cancel() has audited it
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
        if (failMidway) {
          await finish();
          await auditExport(store, DEMO_USER, summary(written, 'failed'));
          controller.error(
            new Error(`Simulated failure in the middle of the export (mock fault "${settings.fault}").`),
          );
        } else if (done) {
          await finish();
          await auditExport(store, DEMO_USER, summary(written, 'success'));
          controller.close();
        }
      },
      async cancel() {
        if (finished) return;
        await finish();
        await auditExport(store, DEMO_USER, summary(written, 'failed'));
      },
    });

    return new HttpResponse(body, {
      headers: {
        // The real API sends EXPORT_MEDIA_TYPES[format]; the client never reads Content-Type.
        // msw's service worker tees every mocked body for its lifecycle events except
        // text/event-stream ones, and the unread copy would buffer the whole export in the
        // worker and keep a Cancel from reaching this stream.
        'Content-Type': 'text/event-stream',
        'X-Export-Content-Type': EXPORT_MEDIA_TYPES[format],
        [TOTAL_HEADER]: String(total),
      },
    });
  }),
];
