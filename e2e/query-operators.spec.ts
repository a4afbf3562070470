import { expect, expectColumn, search, test, totalCount, dataRows } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('/audit/authentication?from=now-7d');
  await expect(dataRows(page).first()).toBeVisible();
});

test('lower-case "or" is the operator: as many records as with "OR"', async ({ page }) => {
  await search(page, 'stage:mfa OR stage:password');
  const upper = await totalCount(page);
  expect(upper).toBeGreaterThan(0);
  await search(page, 'stage:mfa or stage:password');
  await expect.poll(() => totalCount(page)).toBe(upper);
  await expect(page.getByRole('button', { name: 'Filter stage:mfa OR stage:password' })).toBeVisible();
  await expectColumn(page, 'Stage', (stage) => stage === 'mfa' || stage === 'password');
});

test('NOT over a parenthesised group leaves out both', async ({ page }) => {
  await search(page, 'NOT (stage:mfa OR stage:password) event:failure');
  await expect(page.getByRole('button', { name: 'Filter -(stage:mfa OR stage:password)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Filter event:failure' })).toBeVisible();
  await expectColumn(page, 'Stage', (stage) => stage !== 'mfa' && stage !== 'password');
  await expectColumn(page, 'Event', (event) => event.includes('failure'));
});

test('an unclosed parenthesis is pointed at and the query kept', async ({ page }) => {
  await search(page, '(stage:mfa OR stage:password', { refused: true });
  await expect(page.getByRole('alert')).toContainText('This "(" is never closed.');
  await expect(page.locator('mark')).toHaveText('(');
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('(stage:mfa OR stage:password');
});
