import { dataRows, expect, test, totalCount, TEST_RECORDS } from './fixtures';

test('presets change the range, the URL and the total', async ({ page }) => {
  await page.goto('/audit/authentication');
  await expect(dataRows(page).first()).toBeVisible();
  const day = await totalCount(page);
  await page.getByRole('button', { name: 'Time range: Last 24 hours' }).click();
  await page
    .getByRole('dialog', { name: 'Choose time range' })
    .getByRole('button', { name: 'Last 7 days' })
    .click();
  await expect(page).toHaveURL(/from=now-7d/);
  await expect.poll(() => totalCount(page)).toBeGreaterThan(day);
  await page.getByRole('button', { name: 'Time range: Last 7 days' }).click();
  await page.getByRole('button', { name: 'All time' }).click();
  await expect(page).toHaveURL(/from=all/);
  await expect.poll(() => totalCount(page)).toBe(TEST_RECORDS);
  await page.getByRole('button', { name: 'Time range: All time' }).click();
  await page.getByRole('button', { name: 'Last hour' }).click();
  await expect.poll(() => totalCount(page)).toBeLessThan(day);
});

test('an absolute range from the link shows its bounds and only records inside them', async ({ page }) => {
  const to = new Date(Date.now() - 2 * 86_400_000);
  // half a day: an hour of a quiet evening can hold no record at all
  const from = new Date(to.getTime() - 12 * 3_600_000);
  await page.goto(`/audit/authentication?from=${from.toISOString()}&to=${to.toISOString()}`);
  await expect(page.getByRole('button', { name: /Time range: .* UTC → .* UTC/ })).toBeVisible();
  await expect(dataRows(page).first()).toBeVisible();
  const times = await dataRows(page).evaluateAll((rows) =>
    rows.map((r) => r.querySelector('[role=gridcell]')?.textContent ?? ''),
  );
  for (const t of times) {
    const ms = Date.parse(t.replace(' UTC', 'Z').replace(' ', 'T'));
    expect(ms).toBeGreaterThanOrEqual(from.getTime());
    expect(ms).toBeLessThanOrEqual(to.getTime());
  }
});

test('the absolute pickers refuse a start after the end', async ({ page }) => {
  await page.goto('/audit/authentication');
  await page.getByRole('button', { name: /Time range/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Choose time range' });
  await expect(dialog.getByRole('group', { name: 'From' })).toBeVisible();
  // From is empty (relative range); set it after To by typing into its sections
  const from = dialog.getByRole('group', { name: 'From' });
  await from.getByRole('spinbutton').first().click();
  await page.keyboard.type('2099123123595');
  await page.keyboard.type('9');
  await expect(dialog.getByRole('alert')).toHaveText('The start must be before the end.');
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
});
