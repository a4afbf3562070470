/**
 * How each stream's records are laid out in SQL, derived from its contract: the one mapping
 * the row builder, the query compiler, the sort and the schema test read. The migrations must
 * agree with it; schema.test.ts fails when they drift apart.
 */
import { z } from 'zod';
import type { FieldSpec } from '../../src/api/query/types';
import {
  streamContracts,
  streamNames,
  type AuditRecord,
  type StreamContract,
  type StreamName,
} from '../../src/api/streams';

export type ColumnType = 'text' | 'text[]' | 'double precision' | 'bigint' | 'jsonb';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

/** Where a field's values live. */
export type FieldStorage =
  /** keyword and text fields: fold()ed text, or an array of it for a list-valued field */
  | { readonly kind: 'folded'; readonly spec: FieldSpec; readonly column: string; readonly list: boolean }
  /** toNumber() of the value, NULL where that is NaN */
  | { readonly kind: 'number'; readonly spec: FieldSpec; readonly column: string }
  /** the stream's time field: time_ms and time_iso */
  | { readonly kind: 'time'; readonly spec: FieldSpec };

export interface StreamTable {
  readonly stream: StreamName;
  readonly name: string;
  readonly timeField: string;
  readonly fields: ReadonlyMap<string, FieldStorage>;
  /** fields whose string values free text searches, whatever their type (as evaluate.ts does) */
  readonly freeText: readonly string[];
  readonly sortable: readonly string[];
  /** every column, in the order rows are inserted */
  readonly columns: readonly Column[];
}

/** Columns every stream's table has, before its fields' columns. */
export const COMMON_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'text' },
  { name: 'time_ms', type: 'bigint' },
  { name: 'time_iso', type: 'text' },
  { name: 'doc', type: 'jsonb' },
  { name: 'free_text_fold', type: 'text' },
];

/** When an ingested record arrived (migration 004); last, as it was added after the rest. */
export const ARRIVED_COLUMN: Column = { name: 'arrived_ms', type: 'bigint' };

// Identifiers are written into SQL unquoted, so they must be plain; this also keeps every
// `<field>_fold` within Postgres's 63-byte names.
const IDENTIFIER = /^[a-z][a-z0-9_]{0,47}$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`"${name}" cannot name a SQL column or table`);
  return name;
}

function storageOf(spec: FieldSpec, timeField: string, listFields: ReadonlySet<string>): FieldStorage {
  const name = identifier(spec.name);
  switch (spec.type) {
    case 'keyword':
    case 'text':
      return { kind: 'folded', spec, column: `${name}_fold`, list: listFields.has(name) };
    case 'number':
      return { kind: 'number', spec, column: `${name}_num` };
    case 'time':
      // A second instant per record would need its own columns and a migration.
      if (name !== timeField) throw new Error(`Time field "${name}" is not the stream's time field`);
      return { kind: 'time', spec };
  }
}

function columnOf(storage: FieldStorage): Column | undefined {
  switch (storage.kind) {
    case 'folded':
      return { name: storage.column, type: storage.list ? 'text[]' : 'text' };
    case 'number':
      return { name: storage.column, type: 'double precision' };
    case 'time':
      return undefined;
  }
}

/** Fields the record schema types as arrays (activity's `changed`): any element may match. */
function listFieldsOf(schema: z.ZodType): Set<string> {
  if (!(schema instanceof z.ZodObject)) throw new Error('A stream schema must be an object schema');
  const lists = new Set<string>();
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (isArraySchema(field)) lists.add(name);
  }
  return lists;
}

function isArraySchema(schema: z.ZodType): boolean {
  if (schema instanceof z.ZodArray) return true;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return isArraySchema(schema.unwrap() as z.ZodType);
  }
  return false;
}

export function streamTable(stream: StreamName, contract: StreamContract<AuditRecord>): StreamTable {
  const listFields = listFieldsOf(contract.schema);
  const fields = new Map<string, FieldStorage>();
  for (const spec of contract.fields) {
    if (fields.has(spec.name)) throw new Error(`Field "${spec.name}" is listed twice`);
    fields.set(spec.name, storageOf(spec, contract.timeField, listFields));
  }
  for (const name of contract.sortable) {
    const storage = fields.get(name);
    const scalar = storage !== undefined && !(storage.kind === 'folded' && storage.list);
    if (name !== contract.timeField && !scalar) throw new Error(`"${name}" cannot be sorted on`);
  }
  const fieldColumns = [...fields.values()].flatMap((s) => columnOf(s) ?? []);
  return {
    stream,
    name: `${identifier(stream)}_records`,
    timeField: contract.timeField,
    fields,
    freeText: contract.fields.filter((f) => f.freeText === true).map((f) => f.name),
    sortable: contract.sortable,
    columns: [...COMMON_COLUMNS, ...fieldColumns, ARRIVED_COLUMN],
  };
}

export const streamTables: Readonly<Record<StreamName, StreamTable>> = Object.fromEntries(
  streamNames.map((stream) => [stream, streamTable(stream, streamContracts[stream])]),
) as Record<StreamName, StreamTable>;
