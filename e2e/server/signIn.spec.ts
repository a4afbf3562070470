import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CLIENT, startLocalProvider, type LocalProvider } from '../../server/auth/testing/localProvider';
import { expectNoAxeViolations, openFirstRecord } from '../fixtures';
import { fixedRange, searchPath } from './server';

/**
 * The built server (the `server` project's webServer built it) with sign-in through a real
 * OpenID provider, on ports of its own beside the project's demo server.
 */
const port = Number(process.env.PW_PORT ?? 4173) + 3;
const origin = `http://127.0.0.1:${port}`;
let provider: LocalProvider;
let server: ChildProcess;
let dataDir: string;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: origin });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  provider = await startLocalProvider();
  provider.register(`${origin}/auth/callback`, `${origin}/`);
  dataDir = mkdtempSync(join(tmpdir(), 'audit-e2e-signin-'));
  // a DATABASE_URL in the developer's environment would send this server to that database
  const env = { ...process.env };
  delete env.DATABASE_URL;
  server = spawn(process.execPath, ['dist-server/main.js'], {
    stdio: 'inherit',
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      DEMO_RECORDS: '500',
      LOG_LEVEL: 'warn',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.id,
      OIDC_CLIENT_SECRET: CLIENT.secret,
      PUBLIC_URL: origin,
      OIDC_OWNER_GROUPS: 'audit-owners',
      OIDC_AUDITOR_GROUPS: 'auditors',
    },
  });
  // listening once /me answers (401: nobody is signed in)
  await expect
    .poll(
      () =>
        fetch(`${origin}/api/v1/me`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 150_000 },
    )
    .toBe(401);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  await provider?.close();
});

/** The provider's own pages (oidc-provider's dev interactions): any password, then consent. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any');
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click();
}

test('a session that ends mid-search → Sign in again → back on the same search with the same record open', async ({
  page,
}) => {
  const search = searchPath('authentication', 'stage:mfa', fixedRange());
  await page.goto(`/auth/login?return=${encodeURIComponent(search)}`);
  await signInAtProvider(page, 'olivia');
  await expect(page).toHaveURL(`${origin}${search}`);
  await expect(page.getByLabel('Signed in user')).toContainText('owner');
  await openFirstRecord(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('record')).not.toBeNull();
  const withRecord = page.url();
  const title = (await page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent()) ?? '';

  // the session ends at the server (as an idle limit would end it) while the page stays open
  const out = await page.request.post('/auth/logout', { headers: { Origin: origin }, maxRedirects: 0 });
  expect(out.status()).toBe(303);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your session has ended' });
  await expect(notice).toBeVisible();
  await expect(page.getByText('Your account could not be loaded')).toHaveCount(0);

  // the provider still has its own session for olivia (single sign-on): it asks nothing this time
  await notice.getByRole('link', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(withRecord);
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(notice).toHaveCount(0);

  // signing out ends the session here, then goes on to the provider's own logout
  await page.keyboard.press('Escape'); // the drawer is modal: the app bar is behind it
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/`));
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('an owner ends another’s session in Settings → Sessions; theirs then asks to sign in again', async ({
  page,
  browser,
}) => {
  const other = await browser.newContext({ baseURL: origin });
  const arthur = await other.newPage();
  await arthur.goto('/auth/login?return=%2Foverview');
  await signInAtProvider(arthur, 'arthur');
  await expect(arthur.getByLabel('Signed in user')).toContainText('auditor');
  // an auditor has no Sessions in the menu
  await expect(arthur.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(arthur.getByRole('link', { name: 'Sessions' })).toHaveCount(0);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/auth/login?return=%2Foverview');
  await signInAtProvider(page, 'olivia');
  // at phone width the menu opens from its button
  await page.getByRole('button', { name: 'Open navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  const table = page.getByRole('table', { name: 'Sessions' });
  await expect(table).toContainText('arthur@example.com');
  await expect(table).toContainText('You, here');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page);

  await table.getByRole('button', { name: 'End the session of arthur@example.com' }).first().focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'End the session of Arthur Auditor?' });
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'End session' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/Ended the session of arthur@example.com/)).toBeVisible();

  await arthur.reload();
  await expect(arthur.getByRole('alert').filter({ hasText: 'Sign in again' }).first()).toBeVisible();
  expect((await arthur.request.get('/api/v1/me')).status()).toBe(401);
  await other.close();
});
