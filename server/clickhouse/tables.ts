/**
 * How each stream's records are laid out in ClickHouse: the SQL store's mapping (server/sql/
 * tables.ts, derived from the contract) in ClickHouse's types. A `<stream>_records_local`
 * MergeTree on every shard holds that shard's part; `<stream>_records`, a Distributed table
 * over the cluster, is what reads and inserts name.
 */
import { streamNames, type StreamName } from '../../src/api/streams';
import { streamTables, type FieldStorage, type StreamTable } from '../sql/tables';

export interface ChColumn {
  readonly name: string;
  /** a ClickHouse type, with ` ALIAS …` for a column computed as it is read */
  readonly type: string;
}

export interface ChTable {
  readonly sql: StreamTable;
  /** the Distributed table: what reads and inserts name */
  readonly name: string;
  /** each shard's own table */
  readonly local: string;
  /** the columns an insert gives, in order */
  readonly columns: readonly ChColumn[];
  /** the columns computed from others as they are read */
  readonly materialized: readonly ChColumn[];
  /** scalar fields (not the time field) with their `<field>_raw` column: the value as JSON text */
  readonly raw: ReadonlyMap<string, string>;
}

/** A number's IEEE bits in hex ('' for none): 18.16 reads some decimal floats inexactly. */
export const bitsColumn = (numberColumn: string): string => `${numberColumn}_bits`;
export const rawColumn = (field: string): string => `${field}_raw`;
/** A list field's distinct elements as written (facets count each, server/engine/facets.ts). */
export const elementsColumn = (field: string): string => `${field}_elements`;

function fieldColumns(storage: FieldStorage): ChColumn[] {
  switch (storage.kind) {
    case 'folded':
      return storage.list
        ? [
            { name: storage.column, type: 'Array(String)' },
            { name: elementsColumn(storage.spec.name), type: 'Array(String)' },
          ]
        : [{ name: storage.column, type: 'Nullable(String)' }];
    case 'number':
      return [{ name: bitsColumn(storage.column), type: 'String' }];
    case 'time':
      return [];
  }
}

function chTable(sql: StreamTable): ChTable {
  const fields = [...sql.fields.values()];
  const raw = new Map(
    fields.filter((s) => s.kind !== 'time').map((s) => [s.spec.name, rawColumn(s.spec.name)] as const),
  );
  const columns: ChColumn[] = [
    { name: 'id', type: 'String' },
    { name: 'time_ms', type: 'Int64' },
    { name: 'time_iso', type: 'String' },
    // the partition: year × 100 + month of time_ms, made at insert (DateTime cannot hold year 1 or 9999)
    { name: 'month', type: 'Int32' },
    { name: 'doc', type: 'String' },
    { name: 'free_text_fold', type: 'Nullable(String)' },
    ...fields.flatMap(fieldColumns),
    ...[...raw.values()].map((name) => ({ name, type: 'Nullable(String)' })),
    { name: 'arrived_ms', type: 'Nullable(Int64)' },
  ];
  const materialized = fields.flatMap((s): ChColumn[] => {
    if (s.kind !== 'number') return [];
    const bits = bitsColumn(s.column);
    return [
      {
        name: s.column,
        type: `Nullable(Float64) ALIAS if(${bits} = '', NULL, reinterpretAsFloat64(unhex(${bits})))`,
      },
    ];
  });
  return { sql, name: sql.name, local: `${sql.name}_local`, columns, materialized, raw };
}

export const chTables: Readonly<Record<StreamName, ChTable>> = Object.fromEntries(
  streamNames.map((stream) => [stream, chTable(streamTables[stream])]),
) as Record<StreamName, ChTable>;

/** The statements that make a stream's tables on one shard (idempotent). */
export function createStatements(table: ChTable, cluster: string, database: string): string[] {
  const columns = [...table.columns, ...table.materialized].map((c) => `${c.name} ${c.type}`).join(', ');
  return [
    // ReplacingMergeTree: a record that was stored twice anyway (two servers racing) is merged away in time
    `CREATE TABLE IF NOT EXISTS ${database}.${table.local} (${columns})
       ENGINE = ReplacingMergeTree PARTITION BY month ORDER BY (time_ms, id)`,
    // sharded by id: a record always lands on the same shard, where its duplicate would merge
    `CREATE TABLE IF NOT EXISTS ${database}.${table.name} AS ${database}.${table.local}
       ENGINE = Distributed(${cluster}, ${database}, ${table.local}, cityHash64(id))`,
  ];
}
