import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { dataRows, grid, settled } from '../fixtures';
import { fixedRange, searchPath } from './server';

/** The ids of a sort's first records, as the server orders them for another client. */
async function apiIds(
  request: APIRequestContext,
  sort: string,
  range: { from: string; to: string },
): Promise<string[]> {
  const response = await request.get('/api/v1/audit/authentication/records', {
    params: { sort, ...range, limit: 8 },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: { id: string }[] }).items.map((r) => r.id);
}

const shownIds = (page: Page) =>
  dataRows(page).evaluateAll((rows) => rows.slice(0, 8).map((row) => row.getAttribute('data-record-id')));

test('a session column sorts on the server, by click and by keyboard (issue 16)', async ({
  page,
  request,
}) => {
  const range = fixedRange();
  await page.goto(searchPath('authentication', '', range));
  await settled(page);
  await page.getByRole('button', { name: 'Columns' }).click();
  await page
    .getByRole('dialog', { name: 'Columns and density' })
    .getByRole('checkbox', { name: 'Session' })
    .check();
  await page.keyboard.press('Escape');

  const header = grid(page).getByRole('columnheader', { name: 'Session' });
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await settled(page);
  const ascending = await apiIds(request, 'session', range);
  expect(ascending).toHaveLength(8);
  await expect.poll(() => shownIds(page)).toEqual(ascending);

  await header.getByRole('button', { name: 'Session' }).press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await settled(page);
  await expect.poll(() => shownIds(page)).toEqual(await apiIds(request, '-session', range));
});
