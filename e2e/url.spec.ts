import { dataRows, expect, search, test, totalCount } from './fixtures';

test('a pasted link restores the query, range, sort and open record', async ({ page }) => {
  await page.goto('/audit/authentication?q=stage%3Amfa&from=now-7d&sort=email&record=auth-5');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Close record' }).click();
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('stage:mfa');
  await expect(page.getByRole('button', { name: 'Time range: Last 7 days' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Email' })).toHaveAttribute('aria-sort', 'ascending');
});

test('back and forward restore exactly what was shown', async ({ page }) => {
  await page.goto('/audit/authentication?from=now-7d');
  await expect(dataRows(page).first()).toBeVisible();
  const all = await totalCount(page);
  await search(page, 'stage:mfa');
  await expect.poll(() => totalCount(page)).toBeLessThan(all);
  const mfa = await totalCount(page);
  await search(page, 'stage:mfa event:failure');
  await expect.poll(() => totalCount(page)).toBeLessThan(mfa);

  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('stage:mfa');
  await expect.poll(() => totalCount(page)).toBe(mfa);
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('');
  await expect.poll(() => totalCount(page)).toBe(all);
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue('stage:mfa');
  await expect.poll(() => totalCount(page)).toBe(mfa);
});

test('bad values in a link fall back with a visible notice', async ({ page }) => {
  await page.goto('/audit/authentication?sort=nonsense&limit=1e9&from=2026-02-30');
  await expect(page.getByText('Can\'t sort by "nonsense"; sorted by time instead.')).toBeVisible();
  await expect(page.getByText('Page size "1e9" is out of range (1–1000); using 100.')).toBeVisible();
  await expect(
    page.getByText('"2026-02-30" is not a valid start time; showing the last 24 hours.'),
  ).toBeVisible();
  await expect(dataRows(page).first()).toBeVisible();
});

test('a start after the end falls back with a notice', async ({ page }) => {
  await page.goto('/audit/authentication?from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z');
  await expect(
    page.getByText('The start of the time range was after its end; showing the last 24 hours.'),
  ).toBeVisible();
});

test('"Copy link" puts the current address on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/audit/authentication?q=stage%3Amfa');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
