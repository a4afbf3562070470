/** The types placeholders are cast to: the statement, not the driver, decides how a value is read. */
export type SqlType = 'text' | 'text[]' | 'float8' | 'bigint' | 'bigint[]' | 'int' | 'jsonb';

/**
 * Collects the values of one statement. Every value reaches Postgres as a bind parameter:
 * nothing a user typed is ever part of the SQL text.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, type: SqlType): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}
