import {
  columnValues,
  dataRows,
  expect,
  expectColumn,
  expectNoAxeViolations,
  grid,
  openFirstRecord,
  search,
  settled,
  test,
  totalCount,
} from './fixtures';

const STREAMS = [
  {
    link: 'Authorisation',
    query: 'allowed:false',
    column: 'Decision',
    check: (values: string[]) => values.every((v) => v.includes('denied')),
    sortBy: 'Path',
  },
  {
    link: 'Access',
    query: 'response_code:>=400',
    column: 'Status',
    check: (values: string[]) => values.every((v) => Number(v.replace(/\D/g, '')) >= 400),
    sortBy: 'Duration (ms)',
  },
  {
    link: 'Activity',
    query: 'status:failed',
    column: 'Status',
    check: (values: string[]) => values.every((v) => v.includes('failed')),
    sortBy: 'Action',
  },
] as const;

for (const stream of STREAMS) {
  test(`${stream.link}: search and sort`, async ({ page }) => {
    await page.goto('/audit/authentication?from=now-7d');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: stream.link }).click();
    await expect(page.getByRole('heading', { level: 1, name: stream.link })).toBeVisible();
    await expect(dataRows(page).first()).toBeVisible();

    const all = await totalCount(page);
    await search(page, stream.query);
    await expect.poll(() => totalCount(page)).toBeLessThan(all);
    expect(await totalCount(page)).toBeGreaterThan(0);
    await expectColumn(page, stream.column, (value) => stream.check([value]));

    const header = grid(page).getByRole('columnheader', { name: stream.sortBy });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await settled(page);
  });

  test(`${stream.link}: the grid and the drawer pass axe`, async ({ page }) => {
    await page.goto(`/audit/${stream.link.toLowerCase()}?from=now-7d`);
    await expect(dataRows(page).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await openFirstRecord(page);
    const drawer = page.getByRole('dialog');
    await expect(drawer.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(drawer.getByLabel('Raw JSON of the record')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('access numeric comparisons: server errors that took over a second', async ({ page }) => {
  await page.goto('/audit/access?from=all&q=response_code%3A%3E%3D500%20duration%3A%3E1000');
  await expect(dataRows(page).first()).toBeVisible();
  const codes = await columnValues(page, 'Status');
  const durations = await columnValues(page, 'Duration (ms)');
  expect(codes.every((c) => Number(c.replace(/\D/g, '')) >= 500)).toBe(true);
  expect(durations.every((d) => Number(d) > 1000)).toBe(true);
});
