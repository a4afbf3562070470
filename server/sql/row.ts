/**
 * A record → the values of its table's columns: the copies the compiled SQL compares, made
 * with evaluate.ts's own coercions so that SQL and the evaluator see the same values.
 */
import { asString, toNumber } from '../../src/api/query/evaluate';
import { instantOf } from '../../src/api/query/time';
import { fold, FREE_TEXT_SEPARATOR } from './fold';
import type { FieldStorage, StreamTable } from './tables';

type Values = Readonly<{ [field: string]: unknown }>;

/** A record the table cannot hold faithfully: storing it anyway would make SQL and evaluator disagree. */
export class RecordRejected extends Error {
  constructor(
    readonly recordId: unknown,
    reason: string,
  ) {
    super(`Record ${typeof recordId === 'string' ? JSON.stringify(recordId) : 'without an id'}: ${reason}`);
    this.name = 'RecordRejected';
  }
}

/** The values of `table.columns`, in that order. */
/** `arrived`: epoch ms an ingested record arrived at; absent, it arrived with its own time. */
export function toRow(table: StreamTable, record: Values, arrived: number | null = null): unknown[] {
  const id = record.id;
  if (typeof id !== 'string') throw new RecordRejected(id, 'its id is not a string');
  const problem = unstorableText(record);
  if (problem !== undefined) throw new RecordRejected(id, problem);
  const time = record[table.timeField];
  const timeMs = typeof time === 'string' ? canonicalInstant(time) : undefined;
  if (timeMs === undefined) {
    throw new RecordRejected(id, `${table.timeField} is not an instant in Date#toISOString's form`);
  }
  const fields = [...table.fields.values()].flatMap((storage) => fieldValue(storage, record, id));
  return [id, timeMs, time, JSON.stringify(record), freeText(table, record), ...fields, arrived];
}

function fieldValue(storage: FieldStorage, record: Values, id: string): unknown[] {
  const value = record[storage.spec.name];
  switch (storage.kind) {
    case 'time':
      return [];
    case 'number': {
      const n = toNumber(value);
      return [Number.isNaN(n) ? null : n];
    }
    case 'folded':
      if (storage.list) return [foldedList(value)];
      if (Array.isArray(value)) throw new RecordRejected(id, `${storage.spec.name} holds a list`);
      return [foldedOrNull(value)];
  }
}

function foldedOrNull(value: unknown): string | null {
  const s = asString(value);
  return s === undefined ? null : fold(s);
}

/** Elements that are not primitives never match (as in evaluate.ts), so they are left out. */
function foldedList(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) => foldedOrNull(item) ?? []);
}

/** evaluate.ts's free text reads string values only: a number in a free-text field is not searched. */
function freeText(table: StreamTable, record: Values): string | null {
  const values = table.freeText.flatMap((name) => {
    const v = record[name];
    return typeof v === 'string' ? [fold(v)] : [];
  });
  return values.length === 0 ? null : values.join(FREE_TEXT_SEPARATOR);
}

function canonicalInstant(value: string): number | undefined {
  const ms = instantOf(value);
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString() === value ? ms : undefined;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Postgres text and jsonb hold neither NUL nor half a surrogate pair. */
function unstorableText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.includes('\0')) return 'it holds a NUL character';
    if (LONE_SURROGATE.test(value)) return 'it holds half a surrogate pair';
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const problem = unstorableText(key) ?? unstorableText(item);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
