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
  /** Runs `fn` on one connection between BEGIN and COMMIT; ROLLBACK if it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A SQL text and the values of its `$n` placeholders. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: unknown[];
}
