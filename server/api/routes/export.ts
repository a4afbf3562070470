import { zonedIsoFormatter } from '../../../src/api/csvTime';
import {
  EXPORT_MEDIA_TYPES,
  TOTAL_HEADER,
  exportColumns,
  exportParamsSchema,
  localTimeColumn,
} from '../../../src/api/schemas/export';
import { streamContracts, type AuditRecord } from '../../../src/api/streams';
import { parseTimeBound } from '../../../src/api/timeBounds';
import { auditExport, type ExportSummary } from '../../engine/auditTrail';
import { streamAccess } from '../access';
import { exportBody } from '../export/body';
import { encoderFor } from '../export/encoders';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { firstIssue, queryOf } from '../params';
import { badParameter } from '../problem';
import { parseSearch } from '../searchParams';

/** A bound as the audit record states it: the instant the export resolved it to. */
function isoBound(bound: string | undefined): string | null {
  const ms = bound === undefined ? null : parseTimeBound(bound, Date.now());
  return ms === null ? null : new Date(ms).toISOString();
}

/**
 * GET /audit/{stream}/export: a search's every record in CSV, JSON or NDJSON, streamed, with
 * the count announced first; the export is audited when it ends, also when it stopped.
 */
export function exportRoutes(options: ApiOptions): Hono {
  const { store } = options;
  return new Hono().get('/audit/:stream/export', async (c) => {
    const access = await streamAccess(options, c.req.raw, c.req.param('stream'), 'Exporting');
    if (access instanceof Response) return access;
    const { stream, identity } = access;

    const contract = streamContracts[stream];
    const parsed = exportParamsSchema.safeParse(queryOf(c.req.raw));
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
        ? chosen.columns.flatMap((col) => (col === timeField ? [col, localColumn] : [col]))
        : chosen.columns;
    const local = tz === undefined ? null : zonedIsoFormatter(tz);
    const valueOf = (record: AuditRecord, column: string): unknown =>
      column === localColumn && local ? local(String(record[timeField] ?? '')) : (record[column] ?? null);
    const encoder = encoderFor(format, columns, valueOf, bom === 'true');

    const found = await store.export(search);
    const summary = (records: number, status: ExportSummary['status']): ExportSummary => ({
      stream,
      q,
      from: isoBound(from),
      to: isoBound(to),
      format,
      columns,
      records,
      total: found.total,
      status,
    });
    const body = exportBody(found, encoder, (written, status) =>
      auditExport(store, identity.user, summary(written, status)),
    );
    return new Response(body, {
      headers: {
        'Content-Type': EXPORT_MEDIA_TYPES[format],
        'Content-Disposition': `attachment; filename="${stream}.${format}"`,
        [TOTAL_HEADER]: String(found.total),
      },
    });
  });
}
