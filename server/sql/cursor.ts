/**
 * The opaque `cursor` of a records page: base64url JSON of the last row's sort key and the sort
 * it belongs to. Clients pass it back untouched, so anything that is not exactly what
 * encodeCursor writes is refused (null), never half-read.
 */
import { z } from 'zod';
import { printSort, type Sort } from '../../src/api/sort';
import { sortColumn, type SortKey } from './sort';
import type { StreamTable } from './tables';

const MAX_CURSOR_LENGTH = 4096;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text Postgres can take as a parameter. */
const storableText = z
  .string()
  .max(2000)
  .refine((s) => !s.includes('\0') && !LONE_SURROGATE.test(s));

const cursorSchema = z.strictObject({
  /** the sort, as the API spells it */
  s: z.string(),
  /** numbers travel as text: JSON has no Infinity, and String(n) gives n back exactly */
  v: storableText.nullable(),
  t: z.number().int().min(-8.64e15).max(8.64e15),
  i: storableText,
});

export function encodeCursor(sort: Sort, key: SortKey): string {
  const cursor: z.infer<typeof cursorSchema> = {
    s: printSort(sort),
    v: key.value === null ? null : String(key.value),
    t: key.time,
    i: key.id,
  };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The key `cursor` carries, or null unless it is a cursor encodeCursor wrote for this very sort. */
export function decodeCursor(cursor: string, table: StreamTable, sort: Sort): SortKey | null {
  const { kind } = sortColumn(table, sort);
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(cursor, 'base64url')));
  } catch {
    return null;
  }
  const result = cursorSchema.safeParse(parsed);
  if (!result.success || result.data.s !== printSort(sort)) return null;
  const { v, t, i } = result.data;
  const key = keyOf(kind, v, t, i);
  // Node's base64 decoder skips what it cannot read, and JSON has many spellings of one key:
  // only the very text encodeCursor writes is ours
  return key !== null && encodeCursor(sort, key) === cursor ? key : null;
}

function keyOf(kind: 'time' | 'text' | 'number', v: string | null, time: number, id: string): SortKey | null {
  if (kind === 'time') return v === null ? { value: null, time, id } : null;
  if (v === null || kind === 'text') return { value: v, time, id };
  const n = Number(v);
  return Number.isNaN(n) ? null : { value: n, time, id };
}
