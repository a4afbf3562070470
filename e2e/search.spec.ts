import { dataRows, expectColumn, expect, search, settled, test, totalCount } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/audit/authentication?from=now-7d');
  await expect(dataRows(page).first()).toBeVisible();
});

test('field:value narrows the grid to matching records and shows a chip', async ({ page }) => {
  const before = await totalCount(page);
  await search(page, 'stage:mfa');
  await expect(page).toHaveURL(/q=stage%3Amfa/);
  await expect.poll(() => totalCount(page)).toBeLessThan(before);
  await expectColumn(page, 'Stage', (stage) => stage === 'mfa');
  await expect(
    page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Filter stage:mfa' }),
  ).toBeVisible();
});

test('negation, OR and values are case-insensitive', async ({ page }) => {
  await search(page, 'STAGE:MFA -event:success');
  await expect(page.getByRole('button', { name: 'Filter -stage:MFA' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Filter stage:MFA' })).toBeVisible();
  await expectColumn(page, 'Stage', (stage) => stage === 'mfa');
  await expectColumn(page, 'Event', (e) => !e.includes('success'));

  await search(page, 'stage:logout OR stage:token_refresh');
  await expect(
    page.getByRole('button', { name: 'Filter stage:logout OR stage:token_refresh' }),
  ).toBeVisible();
  await expectColumn(page, 'Stage', (stage) => stage === 'logout' || stage === 'token_refresh');
});

test('removing a chip removes that term from the query and the results', async ({ page }) => {
  const all = await totalCount(page);
  await search(page, 'stage:mfa event:failure');
  await expect.poll(() => totalCount(page)).toBeLessThan(all);
  const narrow = await totalCount(page);
  await page.getByRole('button', { name: 'Filter event:failure' }).press('Delete');
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('stage:mfa');
  await settled(page);
  await expect.poll(() => totalCount(page)).toBeGreaterThan(narrow);
  await expect(page.getByRole('button', { name: 'Filter event:failure' })).toHaveCount(0);
});

test('a malformed query points at the bad token and keeps the previous results', async ({ page }) => {
  const all = await totalCount(page);
  await search(page, 'stage:mfa');
  await expect.poll(() => totalCount(page)).toBeLessThan(all);
  const shown = await totalCount(page);
  const url = page.url();
  await search(page, 'stage:mfa evnt:failure', { refused: true });
  await expect(page.getByRole('alert')).toContainText('Unknown field "evnt" — did you mean "event"?');
  await expect(page.locator('mark')).toHaveText('evnt:failure');
  expect(page.url()).toBe(url);
  expect(await totalCount(page)).toBe(shown);
  await expect(dataRows(page).first()).toBeVisible();
});

test('a 10,000-character query is refused with a message', async ({ page }) => {
  await search(page, 'a'.repeat(10_000), { refused: true });
  await expect(page.getByRole('alert')).toContainText('10,000 characters long; the limit is 2,000');
  await expect(dataRows(page).first()).toBeVisible();
});

test('prefix and free text', async ({ page }) => {
  await search(page, 'email:svc-*');
  await expectColumn(page, 'Email', (e) => e.startsWith('svc-'));
  await search(page, '"Historian"');
  await expectColumn(page, 'Application', (a) => a === 'Historian');
});

test('autocomplete offers field names, then frequent values', async ({ page }) => {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill('sta');
  await page.getByRole('option', { name: /^stage:/ }).click();
  await expect(box).toHaveValue('stage:');
  await box.press('End');
  await box.pressSequentially('m');
  await page.getByRole('option', { name: /^stage:mfa/ }).click();
  await expect(box).toHaveValue('stage:mfa ');
  await box.press('Enter');
  await expect(page).toHaveURL(/q=stage%3Amfa/);
});
