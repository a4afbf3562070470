import { expect, expectNoAxeViolations, test } from './fixtures';

test('shots', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('audit-console.theme', '"dark"'));
  await page.goto('/settings/destinations/dst-sentinel');
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Sentinel (paused)');
  await page.screenshot({ path: '/tmp/shot-edit-dark.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.goto('/settings/retention');
  await page.getByRole('textbox', { name: 'Access: days', exact: true }).fill('30');
  await page.screenshot({ path: '/tmp/shot-retention-dark.png', fullPage: true });
  await expectNoAxeViolations(page);
  await page.goto('/settings/destinations');
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/shot-list-dark.png' });
  await page.goto('/audit/authorisation');
  await page.getByRole('button', { name: 'Saved searches' }).click();
  await expect(page.getByRole('link', { name: 'Denied requests' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/shot-saved-dark.png' });
});
