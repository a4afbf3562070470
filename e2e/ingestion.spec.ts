import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, mockBeforeLoad, test } from './fixtures';

/** the page counts no records: a small store keeps its start quick */
test.beforeEach(async ({ page }) => mockBeforeLoad(page, { records: 2000 }));

/** Posts one event that fits no stream, as a sender holding `secret` would: the status it gets. */
async function send(page: Page, secret: string): Promise<number> {
  return page.evaluate(async (token) => {
    const event = {
      create_time: new Date().toISOString(),
      unique_id: 'e2e-fw-1',
      event: { log_type: 'firewall' },
    };
    const response = await fetch('/api/v1/ingest', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: [event] }),
    });
    return response.status;
  }, secret);
}

test('an owner creates an ingest token, sees its secret once, finds it listed by its hint and revokes it', async ({
  page,
}) => {
  await page.goto('/settings/ingestion');
  await expect(page.getByRole('heading', { level: 1, name: 'Ingestion' })).toBeVisible();
  await expect(page.getByText(/No ingest tokens yet/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Create token' }).click();
  const form = page.getByRole('dialog', { name: 'Create ingest token' });
  await form.getByRole('textbox', { name: 'Name' }).fill('SOC webhook');
  await form.getByRole('checkbox', { name: 'Access', exact: true }).check();
  await form.getByRole('button', { name: 'Create token' }).click();

  const shown = page.getByRole('dialog', { name: 'Token “SOC webhook” created' });
  await expect(shown.getByText("Copy the secret now: it won't be shown again")).toBeVisible();
  const secret = await shown.getByRole('textbox', { name: 'Secret' }).inputValue();
  expect(secret).toMatch(/^aci_[A-Za-z0-9]{32}$/);
  await expect(shown.getByRole('region', { name: 'curl command' })).toHaveText(
    `curl -X POST ${new URL(page.url()).origin}/api/v1/ingest \\\n` +
      `  -H 'Authorization: Bearer ${secret}' \\\n` +
      "  -H 'Content-Type: application/json' \\\n" +
      '  --data @batch.json',
  );
  await expectNoAxeViolations(page);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  // listed by its last four characters; the secret is nowhere on the page, nor after a reload
  const tokens = page.getByRole('table', { name: 'Ingest tokens' });
  const row = tokens.getByRole('row').filter({ hasText: 'SOC webhook' });
  await expect(row).toContainText(`…${secret.slice(-4)}`);
  await expect(row).toContainText('Active');
  expect(await page.content()).not.toContain(secret);

  // the token works for its sender: its use shows, and what fitted no stream waits in quarantine
  expect(await send(page, secret)).toBe(200);
  await page.reload();
  await expect(row.getByRole('cell').nth(4)).not.toHaveText('Never');
  await expect(page.getByRole('table', { name: 'Quarantined events' })).toContainText('e2e-fw-1');
  expect(await page.content()).not.toContain(secret);
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: 'Revoke SOC webhook' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke "SOC webhook"?' });
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke SOC webhook' })).toHaveCount(0);
  expect(await send(page, secret)).toBe(401);
});

test('at 390 px, in dark mode, the page does not scroll sideways (its tables scroll inside themselves) and passes axe', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // the theme follows the system's by default
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/settings/ingestion');
  await page.getByRole('button', { name: 'Create token' }).click();
  const form = page.getByRole('dialog', { name: 'Create ingest token' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Narrow');
  await form.getByRole('checkbox', { name: 'Authentication' }).check();
  await form.getByRole('button', { name: 'Create token' }).click();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: 'Ingest tokens' })).toContainText('Narrow');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await expectNoAxeViolations(page);
});
