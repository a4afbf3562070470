import { HttpResponse, http } from 'msw';
import type { ActivityRecord } from '../../src/api/schemas/activity';
import {
  EXPORT_MEDIA_TYPES,
  TOTAL_HEADER,
  exportColumns,
  exportParamsSchema,
  localTimeColumn,
  type ExportFormat,
} from '../../src/api/schemas/export';
import { streamContracts, type AuditRecord, type StreamName } from '../../src/api/streams';
import { parseTimeBound } from '../../src/api/timeBounds';
import { UTF8_BOM, encodeCsvHeader, encodeCsvRow } from '../engine/csv';
import { zonedIsoFormatter } from '../../src/api/csvTime';
import { appendRecord } from '../engine/store';
import { badParameter } from '../problem';
import { getMockSettings } from '../settings';
import { firstIssue, guard, paramsOf } from './common';
import { searchRequest } from './searchRequest';
import { SIGNED_IN } from '../engine/identity';
import { formatCount } from '../../src/api/formatCount';

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

let auditSequence = 0;

interface ExportSummary {
  stream: StreamName;
  q: string;
  from: string | null;
  to: string | null;
  format: ExportFormat;
  columns: string[];
  records: number;
  total: number;
  status: 'success' | 'failed';
}

/** The "Log-downloaded" record of seed 004: every export is itself audited. */
function auditExport(s: ExportSummary): void {
  const time = Date.now();
  const what = `${s.stream} records as ${s.format.toUpperCase()}`;
  const record: ActivityRecord = {
    id: `act-export-${time.toString(36)}-${(auditSequence++).toString(36)}`,
    event_time: new Date(time).toISOString(),
    controller: 'audit',
    device: null,
    entity: 'audit_log',
    entity_id: null,
    action: 'Log-downloaded',
    attribute: 'export',
    old_value: null,
    new_value:
      s.status === 'success'
        ? `Exported ${formatCount(s.records)} ${what}`
        : `Export of ${what} stopped after ${formatCount(s.records)} of ${formatCount(s.total)}`,
    old_value_full: null,
    new_value_full: {
      stream: s.stream,
      q: s.q,
      from: s.from,
      to: s.to,
      format: s.format,
      columns: s.columns,
      records: s.records,
    },
    status: s.status,
    workgroup_id: 'wg-it',
    user_id: SIGNED_IN.id,
    user_email: SIGNED_IN.email,
    comments: null,
    config: null,
    source_ip: null,
    jti: null,
    request_id: null,
    changed: [],
  };
  appendRecord('activity', record, time);
}

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
    const all = searchRequest(stream, { q, from, to, sort });
    if (all instanceof Response) return all;

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
      total: all.length,
      status,
    });

    const bytes = new TextEncoder();
    let next = 0;
    let finished = false;
    // pull-based: the next chunk is encoded only when the reader wants it, so a slow or
    // cancelled download never has the whole file sitting in memory
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await yieldToPage();
        if (finished) return;
        const first = next === 0;
        let text = first ? encoder.head : '';
        const started = performance.now();
        const end = Math.min(next + (first ? CHUNK_RECORDS : MAX_CHUNK_RECORDS), all.length);
        while (next < end && (first || performance.now() - started < SLICE_MS)) {
          // the clock is read every 100 records, not every record
          const stop = Math.min(next + 100, end);
          for (; next < stop; next++) text += encoder.row(all[next] as AuditRecord, next === all.length - 1);
        }
        if (next === all.length) text += encoder.tail;
        controller.enqueue(bytes.encode(text));
        if (failMidway) {
          finished = true;
          auditExport(summary(next, 'failed'));
          controller.error(
            new Error(`Simulated failure in the middle of the export (mock fault "${settings.fault}").`),
          );
        } else if (next === all.length) {
          finished = true;
          auditExport(summary(next, 'success'));
          controller.close();
        }
      },
      cancel() {
        if (finished) return;
        finished = true;
        auditExport(summary(next, 'failed'));
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
        [TOTAL_HEADER]: String(all.length),
      },
    });
  }),
];
