import type { Page } from '@playwright/test';
import { dataRows, expect, expectNoAxeViolations, grid, settled, test } from './fixtures';

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const focusInGrid = (page: Page) => grid(page).evaluate((el) => el.contains(document.activeElement));
/** a range that has ended: the rows stay put while the keys move through them */
function ended(days: number) {
  const to = Date.now() - 3_600_000;
  return `from=${new Date(to - days * 86_400_000).toISOString()}&to=${new Date(to).toISOString()}`;
}

test('the grid is one Tab stop; arrows move between its cells and headers, Home and End along a row', async ({
  page,
}) => {
  await page.goto(`/audit/authentication?${ended(7)}`);
  await settled(page);
  await page.getByRole('button', { name: 'Export', exact: true }).focus();
  await page.keyboard.press('Tab');
  const firstRow = dataRows(page).first();
  await expect(firstRow.getByRole('gridcell').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect.poll(() => focusInGrid(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(firstRow.getByRole('gridcell').first()).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(firstRow.getByRole('gridcell').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const email = grid(page).getByRole('columnheader', { name: 'Email' });
  await expect(email.getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(email).toHaveAttribute('aria-sort', 'ascending');
  const resizer = page.getByRole('separator', { name: 'Resize Email column' });
  const width = Number(await resizer.getAttribute('aria-valuenow'));
  await page.keyboard.press('Shift+ArrowRight');
  await expect(resizer).toHaveAttribute('aria-valuenow', String(width + 10));

  await page.keyboard.press('ArrowDown');
  await expect(dataRows(page).first().getByRole('gridcell').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(dataRows(page).first().getByRole('gridcell').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(dataRows(page).first().getByRole('gridcell').first()).toBeFocused();
  await expectNoAxeViolations(page);
});

test('/ goes to the search box, ? lists the shortcuts, e, c and s open Export, Columns and Saved searches', async ({
  page,
}) => {
  await page.goto('/audit/authentication');
  await settled(page);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
  await page.keyboard.press('ArrowDown');
  await expect(dataRows(page).first().getByRole('gridcell').first()).toBeFocused();

  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('Go to the search box');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  for (const [key, name] of [
    ['e', /^Export/],
    ['c', 'Columns and density'],
    ['s', 'Saved searches'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(page.getByRole('dialog', { name })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name })).toBeHidden();
  }

  // speech input types letters: the single-key shortcuts can be turned off (WCAG 2.1.4)
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await shortcuts.getByRole('switch', { name: /Single-key shortcuts/ }).uncheck();
  await page.keyboard.press('Escape');
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('search → open record → pivot from the record → export takes at most 15 keystrokes', async ({
  page,
}) => {
  await page.goto(`/audit/authentication?${ended(7)}`);
  await settled(page);
  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };

  await press('/');
  // the query's characters are counted apart: the count is of the keys around them
  const query = 'stage:mfa';
  await page.keyboard.type(query);
  await press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query);
  await settled(page);

  await press('ArrowDown');
  await expect(dataRows(page).first().getByRole('gridcell').first()).toBeFocused();
  await press('Enter');
  const record = page.getByRole('dialog');
  await expect(record).toBeFocused();
  const email = JSON.parse((await record.getByLabel('Raw JSON of the record').textContent()) ?? '{}')
    .email as string;

  const actions = record.getByRole('button', { name: 'Actions for Email' });
  for (let tabs = 0; tabs < 8 && !(await actions.evaluate((el) => el === document.activeElement)); tabs++)
    await press('Tab');
  await expect(actions).toBeFocused();
  await press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Filter by this value' })).toBeFocused();
  await press('Enter');
  await expect(searchBox(page)).toHaveValue(`${query} email:${email}`);
  await settled(page);

  await press('e');
  await expect(page.getByRole('button', { name: 'Start export' })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await press('Enter');
  await downloading;

  test.info().annotations.push({
    type: 'keystrokes',
    description: `${keys} keys, plus the ${query.length} characters of the query`,
  });
  expect(keys).toBeLessThanOrEqual(15);
});
