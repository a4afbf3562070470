import { dataRows, expect, expectNoAxeViolations, test } from './fixtures';

test('the event catalogue lists the reference, searchable', async ({ page }) => {
  await page.goto('/audit/authentication');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Event types' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Event types' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Event types' });
  await expect(table.getByRole('row', { name: /User-logged-in 100 Logins and tokens/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /model_updated/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^mfa / })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('textbox', { name: 'Search event types' }).fill('downloaded');
  await expect(table.getByRole('row', { name: /Log-downloaded 700/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /User-logged-in/ })).toHaveCount(0);
  await expect(page).toHaveURL(/event-types\?q=downloaded/);
});

test('event names in the grid describe themselves on hover and link to the catalogue', async ({ page }) => {
  await page.goto('/audit/authentication?q=event%3Auser_not_found&from=now-7d');
  await expect(dataRows(page).first()).toBeVisible();
  const link = dataRows(page).first().getByRole('link', { name: 'user_not_found' });
  await link.hover();
  await expect(page.getByRole('tooltip')).toHaveText('No user has the email given at the identify stage.');
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Event types' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Search event types' })).toHaveValue('user_not_found');
});
