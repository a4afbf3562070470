import type { Page } from '@playwright/test';
import { dataRows, expect, expectNoAxeViolations, grid, openFirstRecord, settled, test } from './fixtures';

const panel = (page: Page) => page.getByRole('dialog');
const recordParam = (page: Page) => new URL(page.url()).searchParams.get('record');
const rowId = (page: Page, index: number) => dataRows(page).nth(index).getAttribute('data-record-id');
const rowOf = (page: Page, id: string | null) => grid(page).locator(`[data-record-id="${id}"]`);
/** a range that has ended: no record arrives at the top while a test counts rows */
function ended(days: number) {
  const hour = 3_600_000;
  const to = Date.now() - hour;
  return `from=${new Date(to - days * 24 * hour).toISOString()}&to=${new Date(to).toISOString()}`;
}

test('on a wide screen the record is a panel beside the grid, which stays clickable and scrollable', async ({
  page,
}) => {
  await page.goto(`/audit/authentication?${ended(7)}`);
  await settled(page);
  await openFirstRecord(page);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toHaveAttribute('aria-modal', 'false');
  // beside, not over: the grid ends where the panel starts
  const gridBox = await grid(page).boundingBox();
  const panelBox = await panel(page).boundingBox();
  expect(gridBox!.x + gridBox!.width).toBeLessThanOrEqual(panelBox!.x);

  const third = await rowId(page, 2);
  await dataRows(page).nth(2).getByRole('gridcell').first().click();
  await expect.poll(() => recordParam(page)).toBe(third);
  await expect(panel(page).getByLabel('Raw JSON of the record')).toContainText(`"id": "${third}"`);

  await grid(page).evaluate((el) => el.scrollTo(0, 2000));
  await expect.poll(() => grid(page).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  // a link opens the record with focus nowhere in it: Escape still closes it
  await page.reload();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
});

test('Next and Previous, j/k and ↑/↓ step through the results, the URL following', async ({ page }) => {
  await page.goto(`/audit/authentication?${ended(7)}`);
  await settled(page);
  const ids = await Promise.all([0, 1, 2].map((i) => rowId(page, i)));
  await openFirstRecord(page);
  await expect.poll(() => recordParam(page)).toBe(ids[0]);
  await expect(panel(page).getByRole('button', { name: 'Previous record' })).toBeDisabled();

  await panel(page).getByRole('button', { name: 'Next record' }).click();
  await expect.poll(() => recordParam(page)).toBe(ids[1]);
  await page.keyboard.press('j');
  await expect.poll(() => recordParam(page)).toBe(ids[2]);
  await page.keyboard.press('k');
  await expect.poll(() => recordParam(page)).toBe(ids[1]);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => recordParam(page)).toBe(ids[2]);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => recordParam(page)).toBe(ids[1]);
  await panel(page).getByRole('button', { name: 'Previous record' }).click();
  await expect.poll(() => recordParam(page)).toBe(ids[0]);
  await expect(panel(page)).toContainText(/record · 1 of [\d,]+/);
  // stepping replaces the URL's record: Back leaves the records, not each step
  await page.goBack();
  await expect(panel(page)).toBeHidden();
});

test('Next on the last loaded record loads the next page and opens its first record', async ({ page }) => {
  await page.goto(`/audit/authentication?${ended(29)}`);
  await settled(page);
  await dataRows(page).first().getByRole('gridcell').first().focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText(/record · 100 of [\d,]+/);
  const last = recordParam(page);
  await page.keyboard.press('j');
  await expect(panel(page)).toContainText(/record · 101 of [\d,]+/);
  expect(recordParam(page)).not.toBe(last);
  await expect(page.getByRole('status').filter({ hasText: /· [\d,]+ loaded/ })).toContainText(/· 200 loaded/);
});

test('with a record open, moving through the grid moves the record; Esc closes it and focus returns to its row', async ({
  page,
}) => {
  await page.goto(`/audit/authentication?${ended(7)}`);
  await settled(page);
  const ids = await Promise.all([0, 1, 2, 3].map((i) => rowId(page, i)));
  await dataRows(page).first().getByRole('gridcell').first().focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(() => recordParam(page)).toBe(ids[2]);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  const cell = rowOf(page, ids[2]!).getByRole('gridcell').first();
  await expect(cell).toBeFocused();

  await page.keyboard.press('Enter');
  await expect.poll(() => recordParam(page)).toBe(ids[2]);
  await cell.click();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => recordParam(page)).toBe(ids[3]);
  await expect(rowOf(page, ids[3]!).getByRole('gridcell').first()).toBeFocused();
});

test('on a phone the record takes the whole screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/audit/authentication?${ended(7)}`);
  await settled(page);
  await openFirstRecord(page);
  // once it has slid in
  await expect.poll(async () => (await panel(page).boundingBox())?.x).toBe(0);
  expect(Math.round((await panel(page).boundingBox())!.width)).toBe(390);
  await expect(panel(page).getByRole('button', { name: 'Next record' })).toBeEnabled();
  await expectNoAxeViolations(page);
});
