import type { ExportFormat } from '../../../src/api/schemas/export';
import type { AuditRecord } from '../../../src/api/streams';
import { UTF8_BOM, encodeCsvHeader, encodeCsvRow } from '../../engine/csv';

export interface Encoder {
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
export function encoderFor(
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
