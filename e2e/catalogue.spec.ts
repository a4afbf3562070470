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

test('an event type links to its records; source and category narrow the list and stay in the link', async ({
  page,
}) => {
  await page.goto('/event-types');
  const table = page.getByRole('table', { name: 'Event types' });
  await page.getByRole('combobox', { name: 'Source' }).click();
  await page.getByRole('option', { name: 'Ardexa audit logs' }).click();
  await expect(page).toHaveURL(/source=Ardexa/);
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'Devices' }).click();
  await expect(page).toHaveURL(/category=Devices/);
  await expect(table.getByRole('row', { name: /Rename a device/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /Alert created/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /User-logged-in/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const rename = table.getByRole('row', { name: /Rename a device/ });
  await rename
    .getByRole('link', { name: /^Activity: controller:device action:update attribute:name$/ })
    .click();
  await expect(page).toHaveURL(/\/audit\/activity\?/);
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(
    'controller:device action:update attribute:name',
  );
  await expect(dataRows(page).first()).toBeVisible();
});

test('an authentication stage links to the authentication records of that stage', async ({ page }) => {
  await page.goto('/event-types?source=Authentication%20stages&q=mfa');
  await page
    .getByRole('table', { name: 'Event types' })
    .getByRole('link', { name: 'Authentication: stage:mfa' })
    .click();
  await expect(page).toHaveURL(/\/audit\/authentication\?/);
  await expect(dataRows(page).first()).toBeVisible();
});
