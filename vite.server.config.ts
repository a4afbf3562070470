import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const MIGRATIONS = resolve(import.meta.dirname, 'server/sql/migrations');

/**
 * The SQL store reads its migrations from `./migrations/` beside its module (server/sql/migrations.ts);
 * bundled, that module is dist-server/main.js, so the files go to dist-server/migrations/.
 */
function copySqlMigrations(): Plugin {
  return {
    name: 'copy-sql-migrations',
    generateBundle() {
      if (!existsSync(MIGRATIONS)) return;
      for (const file of readdirSync(MIGRATIONS).filter((f) => f.endsWith('.sql')))
        this.emitFile({
          type: 'asset',
          fileName: `migrations/${file}`,
          source: readFileSync(resolve(MIGRATIONS, file), 'utf8'),
        });
    },
  };
}

/**
 * The audit server (`npm run build:server`): server/node/main.ts and what it imports, TypeScript
 * compiled away, into dist-server/ for Node 20 to run. Packages stay in node_modules (Vite's
 * SSR default): PGlite and pg load their own files from there.
 */
export default defineConfig({
  publicDir: false,
  plugins: [copySqlMigrations()],
  build: {
    ssr: 'server/node/main.ts',
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    // stack traces in the log name the TypeScript (node --enable-source-maps)
    sourcemap: true,
  },
});
