import type { Page } from '@playwright/test';
import {
  dataRows,
  expect,
  expectNoAxeViolations,
  grid,
  mockBeforeLoad,
  openFirstRecord,
  settled,
  test,
} from './fixtures';

/** a small store keeps the start quick; the test's own record is the only match of its search */
test.beforeEach(async ({ page }) => mockBeforeLoad(page, { records: 2000 }));

const PATH = '/files/invoice\u202Efdp.exe';
const EMAIL = 'ad\u200Bmin@example.com';

/** Creates an ingest token and sends one authorisation record holding deceptive text, as a sender would. */
async function ingestDeceptiveRecord(page: Page): Promise<void> {
  await page.waitForFunction(() => window.auditMock !== undefined);
  const status = await page.evaluate(
    async ({ path, email }) => {
      const created = await fetch('/api/v1/ingest/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'e2e-hidden-characters' },
        body: JSON.stringify({ name: 'e2e sender', streams: ['authorisation'], expiresAt: null }),
      });
      const { secret } = (await created.json()) as { secret: string };
      const time = new Date().toISOString();
      const event = {
        allowed: false,
        authenticated: true,
        authority: 'share.example.com',
        downstream_remote_address: '198.51.100.7',
        email,
        error: false,
        hostname: 'ds1',
        jti: 'e2e-hidden-jti',
        log_type: 'authorization',
        method: 'GET',
        org: 'org-1',
        path,
        protocol: 'HTTP/1.1',
        request_id: 'e2e-hidden-request',
        source_id: 'src',
        source_org_id: 'org-1',
        source_type: 'agent-connector',
        sub: 'user-1',
        time,
        whitelisted: false,
      };
      const response = await fetch('/api/v1/ingest', {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ events: [{ create_time: time, event, unique_id: 'e2e-hidden-1' }] }),
      });
      return response.status;
    },
    { path: PATH, email: EMAIL },
  );
  expect(status).toBeLessThan(300);
}

test('bidi and zero-width characters are marked in the grid, the drawer and the chips; copy keeps the raw value', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/audit/authorisation');
  // the grid's records come from the mock: its worker is answering (auditMock alone is set before it starts)
  await settled(page);
  await ingestDeceptiveRecord(page);
  await page.goto('/audit/authorisation?q=jti%3Ae2e-hidden-jti&from=now-1h');

  const row = dataRows(page).first();
  await expect(dataRows(page)).toHaveCount(1);
  // the override no longer turns "fdp.exe" around: it stands in the text as a marked token
  await expect(row).toContainText('/files/invoice⟨U+202E⟩fdp.exe');
  await expect(row).toContainText('ad⟨U+200B⟩min@example.com');
  await expect(
    row.getByRole('img', { name: 'hidden character U+202E, right-to-left override' }),
  ).toBeVisible();
  await expect(row.getByRole('img', { name: 'hidden character U+200B, zero-width space' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'jti:e2e-hidden-jti' })).toBeVisible();

  await openFirstRecord(page);
  const drawer = page.getByRole('dialog', { name: /invoice/ });
  await expect(drawer.getByRole('heading', { level: 2 })).toHaveText(
    'denied · GET /files/invoice⟨U+202E⟩fdp.exe',
  );
  await expect(
    drawer.getByRole('definition').filter({ hasText: 'ad⟨U+200B⟩min@example.com' }).getByRole('img'),
  ).toHaveAccessibleName('hidden character U+200B, zero-width space');
  await expectNoAxeViolations(page);

  // "Filter by this value" searches the raw value, and finds the record again
  await drawer.getByRole('button', { name: 'Actions for path' }).click();
  await page.getByRole('menuitem', { name: 'Copy value' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PATH);
  await drawer.getByRole('button', { name: 'Actions for path' }).click();
  await page.getByRole('menuitem', { name: 'Filter by this value' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('⟨U+202E⟩');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(grid(page)).toContainText('invoice⟨U+202E⟩fdp.exe');
});

test('a destination form names the hidden character in a file path and keeps what was typed', async ({
  page,
}) => {
  await page.goto('/settings/destinations/new');
  await page.getByRole('textbox', { name: 'Name' }).fill('Connector file');
  await page.getByRole('radio', { name: /^File/ }).check();
  const file = page.getByRole('textbox', { name: 'File' });
  await file.fill('/var/log/audit/a\u202Egol.json');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(file).toHaveAccessibleDescription(
    'The path contains ⟨U+202E⟩ (right-to-left override); control, bidirectional and invisible characters are refused.',
  );
  await expect(file).toHaveValue('/var/log/audit/a\u202Egol.json');
  await expect(file).toHaveAttribute('aria-invalid', 'true');
});
