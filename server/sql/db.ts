/**
 * What the store needs of a Postgres connection. PGlite has this shape as it is; a pool of
 * real PostgreSQL connections (DATABASE_URL) gets a small adapter to it.
 */
export interface SqlResult<T> {
  readonly rows: T[];
  readonly affectedRows?: number;
}

export interface SqlExecutor {
  query<T>(sql: string, params?: unknown[]): Promise<SqlResult<T>>;
  /** Several statements, no parameters: migrations only. */
  exec(sql: string): Promise<unknown>;
}

export interface SqlDb extends SqlExecutor {
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}

/** A SQL text and the values of its `$n` placeholders. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: unknown[];
}
