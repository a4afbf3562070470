import { z } from 'zod';
import { isTimeZone } from '../csvTime';
import type { AuditRecord, StreamContract } from '../streams';
import { recordsParamsSchema } from './search';

export const exportFormats = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
};

/** The response header announcing how many records the body holds. */
export const TOTAL_HEADER = 'X-Total-Count';

/**
 * Query parameters of `GET /audit/{stream}/export`: the search of the records endpoint
 * (q, from, to, sort) plus what to write. `columns` is checked against the stream by
 * `exportColumns`, since the schema does not know the stream.
 */
export const exportParamsSchema = recordsParamsSchema
  .pick({ q: true, from: true, to: true, sort: true })
  .extend({
    format: z.enum(exportFormats, 'must be one of csv, json, ndjson'),
    /** comma-separated field names, in the order to write them; absent: every field */
    columns: z.string().optional(),
    /** IANA zone: adds `<timeField>_local` right after the time field */
    tz: z.string().refine(isTimeZone, 'must be an IANA time zone name such as Europe/Paris').optional(),
    /** CSV only: start with a UTF-8 byte-order mark, for Excel */
    bom: z.enum(['true', 'false']).optional(),
  });
export type ExportParams = z.infer<typeof exportParamsSchema>;

/** Every field a record of the stream has, in the schema's order. */
export function exportableFields(contract: StreamContract<AuditRecord>): string[] {
  const schema = contract.schema;
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  return contract.fields.map((f) => f.name);
}

export type ColumnsResult = { ok: true; columns: string[] } | { ok: false; message: string };

/** The columns to write, or why the `columns` parameter can't be used. */
export function exportColumns(
  contract: StreamContract<AuditRecord>,
  param: string | undefined,
): ColumnsResult {
  const known = exportableFields(contract);
  if (param === undefined) return { ok: true, columns: known };
  const columns = param.split(',').map((c) => c.trim());
  if (columns.some((c) => c === ''))
    return { ok: false, message: 'must be a comma-separated list of field names' };
  const unknown = columns.filter((c) => !known.includes(c));
  if (unknown.length > 0)
    return {
      ok: false,
      message: `${unknown.map((c) => `"${c}"`).join(', ')} ${unknown.length === 1 ? 'is not a field' : 'are not fields'} of ${contract.name} records`,
    };
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated !== undefined) return { ok: false, message: `"${repeated}" is listed twice` };
  return { ok: true, columns };
}

/** The local-time column's name for a stream. */
export function localTimeColumn(contract: StreamContract<AuditRecord>): string {
  return `${contract.timeField}_local`;
}
