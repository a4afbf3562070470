import { expect, test } from '@playwright/test';
import { expectColumn, search, settled, totalCount } from '../fixtures';
import { apiTotal, fixedRange, searchPath } from './server';

test('a query run with Enter shows only matching records, and the total the server counts', async ({
  page,
  request,
}) => {
  const range = fixedRange();
  const q = 'stage:mfa -event:success';
  const expected = await apiTotal(request, 'authentication', q, range);
  expect(expected).toBeGreaterThan(0);

  await page.goto(searchPath('authentication', '', range));
  await settled(page);
  const all = await totalCount(page);
  expect(all).toBe(await apiTotal(request, 'authentication', '', range));

  await search(page, q);
  expect(new URL(page.url()).searchParams.get('q')).toBe(q);
  await expect.poll(() => totalCount(page)).toBe(expected);
  expect(expected).toBeLessThan(all);
  await expectColumn(page, 'Stage', (stage) => stage === 'mfa');
  await expectColumn(page, 'Event', (event) => !event.includes('success'));
  await expect(page.getByRole('button', { name: 'Filter -event:success' })).toBeVisible();
});
