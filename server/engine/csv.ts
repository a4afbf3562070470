/**
 * CSV per RFC 4180 (CRLF rows, quotes doubled), safe to open in a spreadsheet.
 *
 * Formula neutralisation (OWASP "CSV injection"): a spreadsheet runs a cell that starts
 * with `=`, `+`, `-`, `@`, tab or carriage return as a formula, so such a text value is
 * written as `"'…"` — a leading apostrophe, inside quotes. Spreadsheets show the apostrophe
 * or hide it as the text marker; either way nothing is executed. Numbers are written as
 * numbers: `-5` the number stays `-5`, but the string "-5" becomes `"'-5"`.
 *
 * Control characters other than tab, CR and LF (the rest of C0, DEL, C1) are written as the
 * token the console shows for them, `⟨U+001B⟩`, in a quoted cell: an ESC sequence would
 * otherwise drive the terminal that `cat`s the file, and a NUL cuts a cell short in some
 * readers. Tab, CR and LF stay: they are the text's own spacing and lines, safe in quotes.
 */

import { hiddenToken } from '../../src/api/hiddenChars';

export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

export function startsWithFormulaTrigger(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text.charAt(0));
}

const NEEDS_QUOTES = /[",\r\n]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The text with every control character but tab, CR and LF written as `⟨U+001B⟩`. */
export function neutraliseControls(text: string): string {
  return text.replace(CONTROL, (c) => hiddenToken(c.charCodeAt(0)));
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function encodeText(raw: string): string {
  const text = neutraliseControls(raw);
  if (startsWithFormulaTrigger(text)) return quote(`'${text}`);
  // "" keeps an empty string apart from a missing value, which is an empty cell
  if (text === '' || text !== raw || NEEDS_QUOTES.test(text)) return quote(text);
  return text;
}

/** One cell: null/undefined empty, numbers and booleans as written, objects as JSON text. */
export function encodeCsvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
    return String(value);
  if (typeof value === 'string') return encodeText(value);
  if (value instanceof Date) return encodeText(value.toISOString());
  return encodeText(JSON.stringify(value) ?? '');
}

/** One record, CRLF-terminated. */
export function encodeCsvRow(values: readonly unknown[]): string {
  return `${values.map(encodeCsvValue).join(',')}\r\n`;
}

/** The header row: field names, neutralised and quoted like any other text. */
export function encodeCsvHeader(columns: readonly string[]): string {
  return encodeCsvRow(columns);
}

/** Excel reads a CSV as UTF-8 only when it starts with this. */
export const UTF8_BOM = '\uFEFF';
