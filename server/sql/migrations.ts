/**
 * The schema's versions: `migrations/NNN_name.sql`, applied in order, each once. A file that
 * has been applied is never edited (migrate.ts checks); a change is a new file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** sha256 of the SQL, recorded when applied */
  readonly checksum: string;
}

const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export function migration(version: number, name: string, sql: string): Migration {
  return { version, name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
}

export function loadMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  const found: Migration[] = [];
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.sql')) continue;
    const m = FILE.exec(file);
    // a misnamed file would otherwise be skipped without a word, and its change never made
    if (m === null) throw new Error(`Migration file "${file}" is not named NNN_name.sql`);
    found.push(migration(Number(m[1]), m[2] ?? '', readFileSync(new URL(file, dir), 'utf8')));
  }
  found.sort((a, b) => a.version - b.version);
  found.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migration versions must run 1, 2, 3 …; found ${m.version} at ${i + 1}`);
  });
  return found;
}
