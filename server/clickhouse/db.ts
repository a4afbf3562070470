/**
 * The records store's way to a ClickHouse cluster, over the official client (HTTP): reads and
 * inserts go to the first shard's server, which runs them on every shard through the
 * Distributed tables; schema changes and retention go to each shard's own server (a cluster
 * without Keeper has no ON CLUSTER). A shard that does not answer makes a statement fail with
 * StoreUnavailable naming it: never a partial answer (skip_unavailable_shards stays 0), and an
 * insert waits for every shard to have its rows (insert_distributed_sync).
 */
import { Readable } from 'node:stream';
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { StoreUnavailable } from '../engine/unavailable';
import { sqlString } from './literal';

export interface ClickHouseConfig {
  /** one HTTP URL per shard (any replica of it); the first also runs the cluster-wide statements */
  readonly urls: readonly string[];
  /** the `remote_servers` cluster the Distributed tables span */
  readonly cluster: string;
  readonly database: string;
}

export interface ClickHouseDb {
  readonly config: ClickHouseConfig;
  /** a SELECT over the cluster, its rows as JSON objects */
  rows<T>(sql: string): Promise<T[]>;
  /** a statement on one shard's server */
  command(sql: string, shard: number): Promise<void>;
  /** a SELECT on one shard's server alone */
  shardRows<T>(sql: string, shard: number): Promise<T[]>;
  /** creates the database on every shard (the clients name it, so they cannot) */
  ensureDatabase(): Promise<void>;
  /**
   * TabSeparated lines (tsv.ts) of `columns` into a Distributed table: resolves once every
   * shard has stored its share
   */
  insert(table: string, columns: readonly string[], lines: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** ClickHouse's codes for a server it could not reach or lost on the way. */
const NETWORK_CODES = new Set(['209', '210', '279', '394', '159', '32']);
const NODE_NETWORK = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|socket hang up|Timeout/i;

/** Written into SQL unquoted, so plain. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function openClickHouse(config: ClickHouseConfig): ClickHouseDb {
  for (const name of [config.cluster, config.database])
    if (!IDENTIFIER.test(name)) throw new Error(`"${name}" cannot name a ClickHouse cluster or database`);
  if (config.urls.length === 0) throw new Error('CLICKHOUSE_URL names no server');
  const clients: ClickHouseClient[] = config.urls.map((url) =>
    createClient({
      url,
      database: config.database,
      compression: { request: false, response: false },
      clickhouse_settings: { skip_unavailable_shards: 0 },
      // every error reaches the caller, which reports it: the client's own log would say it twice
      log: { level: ClickHouseLogLevel.OFF },
    }),
  );
  const client = (shard: number): ClickHouseClient => {
    const c = clients[shard];
    if (c === undefined) throw new Error(`There is no shard ${shard + 1}`);
    return c;
  };
  const explain = (shard: number) => async (error: unknown) => {
    throw (await unavailable(error, shard)) ?? error;
  };

  /** The shard a network error names (host:port of its TCP interface), from the cluster's own map. */
  async function unavailable(error: unknown, via: number): Promise<StoreUnavailable | undefined> {
    const message = error instanceof Error ? error.message : String(error);
    // the client parses the error format of newer servers; 18.16's "Code: 279, e.displayText() …" stays in the message
    const code =
      typeof error === 'object' && error !== null && 'code' in error
        ? String(error.code)
        : (/Code: (\d+)/.exec(message)?.[1] ?? '');
    if (!NETWORK_CODES.has(code) && !NODE_NETWORK.test(message)) return undefined;
    const address = /\(([^()\s]+):(\d+)\)/.exec(message);
    if (address === null || NODE_NETWORK.test(code) || code.startsWith('E'))
      return new StoreUnavailable(
        `ClickHouse shard ${via + 1} of ${config.urls.length} (${hostOf(config.urls[via])}) did not answer (refused, reset or timed out); nothing partial was answered. Try again when it is back.`,
      );
    const shard = await shardAt(address[1] ?? '', address[2] ?? '').catch(() => undefined);
    const name = shard === undefined ? 'A ClickHouse shard' : `ClickHouse shard ${shard}`;
    return new StoreUnavailable(
      `${name} of cluster "${config.cluster}" (${address[1]}:${address[2]}) is not answering, so no complete answer can be given. Try again when it is back.`,
    );
  }

  async function shardAt(host: string, port: string): Promise<number | undefined> {
    const found = await rowsOn<{ shard_num: number }>(
      0,
      `SELECT shard_num FROM system.clusters WHERE cluster = ${sqlString(config.cluster)}` +
        ` AND (host_address = ${sqlString(host)} OR host_name = ${sqlString(host)}) AND port = ${Number(port) | 0} LIMIT 1`,
    );
    return found[0] === undefined ? undefined : Number(found[0].shard_num);
  }

  async function rowsOn<T>(shard: number, sql: string): Promise<T[]> {
    const result = await client(shard).query({ query: sql, format: 'JSONEachRow' });
    return result.json<T>();
  }

  return {
    config,
    rows: <T>(sql: string) => rowsOn<T>(0, sql).catch(explain(0)),
    shardRows: <T>(sql: string, shard: number) => rowsOn<T>(shard, sql).catch(explain(shard)),
    async command(sql, shard) {
      await client(shard).command({ query: sql }).catch(explain(shard));
    },
    async insert(table, columns, lines) {
      if (lines.length === 0) return;
      await client(0)
        .insert({
          table,
          columns: [...columns] as [string, ...string[]],
          values: Readable.from([lines.join('')], { objectMode: false }),
          format: 'TabSeparated',
          clickhouse_settings: { insert_distributed_sync: 1 },
        })
        .catch(explain(0));
    },
    async ensureDatabase() {
      await Promise.all(
        config.urls.map(async (url, shard) => {
          const bare = createClient({ url, compression: { request: false, response: false } });
          try {
            await bare
              .command({ query: `CREATE DATABASE IF NOT EXISTS ${config.database}` })
              .catch(explain(shard));
          } finally {
            await bare.close();
          }
        }),
      );
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
    },
  };
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').host;
  } catch {
    return 'its URL';
  }
}
