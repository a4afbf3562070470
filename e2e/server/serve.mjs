// The audit server for the `server` project's journeys, as `npm start -- --demo` runs it (built
// by the webServer command first), but in a data directory of its own: every run starts from an
// empty store, so --demo loads, and nothing is left behind once Playwright stops it (SIGTERM).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// a DATABASE_URL in the developer's environment would send the journeys to that database
const { DATABASE_URL: _ignored, ...env } = process.env;
const dataDir = mkdtempSync(join(tmpdir(), 'audit-e2e-'));
const server = spawn(process.execPath, ['--enable-source-maps', 'dist-server/main.js', '--demo'], {
  stdio: 'inherit',
  env: { ...env, DATA_DIR: dataDir },
});

// Playwright signals the whole process group; forwarded too for when this process alone is
// signalled. The server takes a second signal within a second as the same one.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));

server.on('exit', (code, signal) => {
  // only once the server has closed PGlite: its files are no longer written
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal === null ? 0 : 1));
});
