import { columnValues, dataRows, expect, grid, settled, test, totalCount } from './fixtures';

test('clicking a column header sorts by it, and again reverses', async ({ page }) => {
  await page.goto('/audit/authentication');
  const header = grid(page).getByRole('columnheader', { name: 'Email' });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=email/);
  await settled(page);
  await expect
    .poll(async () => {
      const asc = (await columnValues(page, 'Email')).filter((e) => e !== '—');
      const sorted = [...asc].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
      return asc.length > 5 && asc.every((e, i) => e === sorted[i]);
    })
    .toBe(true);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-email/);
  await settled(page);
  await expect
    .poll(async () => {
      const desc = (await columnValues(page, 'Email')).filter((e) => e !== '—');
      return desc.length > 5 && desc[0]!.toLowerCase() >= desc.at(-1)!.toLowerCase();
    })
    .toBe(true);
});

test('scrolling loads every page of a large result, keeping few rows in the DOM', async ({ page }) => {
  await page.goto('/audit/authentication?from=now-30d');
  const all = await totalCount(page);
  expect(all).toBeGreaterThan(1000);
  const scroller = grid(page);
  for (let i = 0; i < 12; i++) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForTimeout(150);
  }
  await expect(page.getByRole('status').filter({ hasText: /records · [\d,]+ loaded/ })).toContainText(
    /· (1,[0-9]{3}|[2-9],[0-9]{3}) loaded/,
  );
  expect(await dataRows(page).count()).toBeLessThan(100);
  const lastIndex = Number(await dataRows(page).last().getAttribute('aria-rowindex'));
  expect(lastIndex).toBeGreaterThan(1000);
});

test('the keyboard moves between rows and Enter opens the record', async ({ page }) => {
  await page.goto('/audit/authentication');
  const first = dataRows(page).first().getByRole('gridcell').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = dataRows(page).nth(2);
  await expect(third.getByRole('gridcell').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/record=auth-/);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).not.toHaveURL(/record=/);
});

test('columns can be hidden, reordered and made compact, and that is remembered', async ({ page }) => {
  await page.goto('/audit/authentication');
  await page.getByRole('button', { name: 'Columns' }).click();
  const dialog = page.getByRole('dialog', { name: 'Columns and density' });
  await dialog.getByRole('checkbox', { name: 'User agent' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Trace ID' }).check();
  await dialog.getByRole('button', { name: 'Move Email up' }).click();
  await dialog.getByRole('button', { name: 'Compact' }).click();
  await page.keyboard.press('Escape');
  const headers = () => grid(page).getByRole('columnheader').allTextContents();
  await expect.poll(headers).toContain('Trace ID');
  expect(await headers()).not.toContain('User agent');
  expect((await headers())[0]).toBe('Email');
  await page.reload();
  await expect.poll(headers).toContain('Trace ID');
  expect((await headers())[0]).toBe('Email');
  const height = await dataRows(page)
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBe(28);
});

test('a column can be resized from the keyboard', async ({ page }) => {
  await page.goto('/audit/authentication');
  const handle = page.getByRole('separator', { name: 'Resize Email column' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 50));
});

test('hostile values are shown as inert text', async ({ page }) => {
  await page.goto('/audit/authentication?from=all&q=user_agent%3Ascript');
  await expect(dataRows(page).first()).toBeVisible();
  const agents = await columnValues(page, 'User agent');
  expect(agents.some((a) => a.includes('<script>alert(1)</script>'))).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('[role=grid] script').length)).toBe(0);
});
