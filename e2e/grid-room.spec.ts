import { columnValues, dataRows, expect, expectNoAxeViolations, grid, settled, test } from './fixtures';

// issue 16 items 4 and 5: room for rows, and sorting by any keyword field from its whole header cell

test('a sortable header cell is one button with a marker; an unsortable one is neither', async ({ page }) => {
  await page.goto('/audit/activity');
  await settled(page);
  const status = grid(page).getByRole('columnheader', { name: 'Status' });
  await expect(status).toHaveAttribute('aria-sort', 'none');
  const button = status.getByRole('button', { name: 'Status' });
  // a marker shows it sorts before it is sorted
  await expect(button.locator('svg')).toHaveCount(1);
  const cell = await status.boundingBox();
  const control = await button.boundingBox();
  expect(control?.width).toBe(cell?.width);
  expect(control?.height).toBe(cell?.height);
  // the cell's empty right-hand part sorts too, not only its label
  await status.click({ position: { x: (cell?.width ?? 0) - 16, y: (cell?.height ?? 0) / 2 } });
  await expect(status).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=status/);

  // free text that may run long (a JSON value) does not sort
  await page.getByRole('button', { name: 'Columns' }).click();
  await page
    .getByRole('dialog', { name: 'Columns and density' })
    .getByRole('checkbox', { name: 'Old value' })
    .check();
  await page.keyboard.press('Escape');
  const oldValue = grid(page).getByRole('columnheader', { name: 'Old value' });
  await expect(oldValue).not.toHaveAttribute('aria-sort');
  await expect(oldValue.getByRole('button')).toHaveCount(0);
  await expect(oldValue.locator('svg')).toHaveCount(0);
});

test('a header sorts from the keyboard, and a newly sortable field sorts on the server', async ({ page }) => {
  await page.goto('/audit/authentication?from=now-7d');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page
    .getByRole('dialog', { name: 'Columns and density' })
    .getByRole('checkbox', { name: 'Trace ID' })
    .check();
  await page.keyboard.press('Escape');
  const header = grid(page).getByRole('columnheader', { name: 'Trace ID' });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button', { name: 'Trace ID' }).focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=trace_id/);
  await settled(page);
  await expect
    .poll(async () => {
      const values = await columnValues(page, 'Trace ID');
      const sorted = [...values].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
      return values.length > 5 && values.every((v, i) => v === sorted[i]);
    })
    .toBe(true);
  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-trace_id/);
});

test('the chart can be hidden for more rows, and stays hidden after a reload', async ({ page }) => {
  await page.goto('/audit/authentication');
  await settled(page);
  const chart = page.getByRole('figure', { name: 'Records over time' });
  await expect(chart).toBeVisible();
  const tall = async () => (await grid(page).boundingBox())?.height ?? 0;
  const before = await tall();
  await page.getByRole('button', { name: 'Hide chart' }).click();
  await expect(chart).toBeHidden();
  const show = page.getByRole('button', { name: 'Show chart' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(tall).toBeGreaterThan(before + 100);
  await expectNoAxeViolations(page);

  await page.reload();
  await settled(page);
  await expect(show).toBeVisible();
  await expect(chart).toBeHidden();
  await show.click();
  await expect(chart).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide chart' })).toHaveAttribute('aria-expanded', 'true');
});

test('the density choice sets the height of rows and of the header', async ({ page }) => {
  await page.goto('/audit/authentication');
  await settled(page);
  const height = () =>
    dataRows(page)
      .first()
      .evaluate((row) => row.getBoundingClientRect().height);
  const choose = async (density: string) => {
    await page.getByRole('button', { name: 'Columns' }).click();
    await page
      .getByRole('dialog', { name: 'Columns and density' })
      .getByRole('button', { name: density })
      .click();
    await page.keyboard.press('Escape');
  };
  // the header row follows the rows
  const headerHeight = () =>
    grid(page)
      .getByRole('row')
      .first()
      .evaluate((row) => row.getBoundingClientRect().height);
  const standard = await height();
  const standardHeader = await headerHeight();
  await choose('Comfortable');
  await expect.poll(height).toBeGreaterThan(standard);
  await expect.poll(headerHeight).toBeGreaterThan(standardHeader);
  await choose('Compact');
  await expect.poll(height).toBeLessThan(standard);
  await expect.poll(headerHeight).toBeLessThan(standardHeader);
});

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const stream of ['authentication', 'authorisation', 'access', 'activity']) {
    test(`${stream}: every default column is on screen`, async ({ page }) => {
      await page.goto(`/audit/${stream}`);
      await settled(page);
      const overflow = await grid(page).evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, 'the grid scrolls sideways').toBeLessThanOrEqual(0);
      for (const header of await grid(page).getByRole('columnheader').all()) {
        await expect(header).toBeInViewport({ ratio: 1 });
      }
      // and no heading is cut short to get there
      const cut = await grid(page)
        .getByRole('columnheader')
        .evaluateAll((headers) =>
          headers
            .filter((h) => [...h.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth))
            .map((h) => h.textContent),
        );
      expect(cut).toEqual([]);
    });
  }

  test('activity shows its status and device', async ({ page }) => {
    await page.goto('/audit/activity');
    await settled(page);
    await expect(grid(page).getByRole('columnheader', { name: 'Status' })).toBeInViewport({ ratio: 1 });
    await expect(grid(page).getByRole('columnheader', { name: 'Device' })).toBeInViewport({ ratio: 1 });
  });
});
