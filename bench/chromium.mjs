// The browser the e2e tests and the benchmark both drive. These machines cannot download
// Playwright's browsers, so Debian's Chromium is used when present.
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumArgs = [
  '--no-sandbox', // root in CI containers
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  // the audit server listens on 127.0.0.1 only, which is as much a host to resolve as localhost
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
