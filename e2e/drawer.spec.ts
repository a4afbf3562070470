import {
  columnValues,
  expect,
  expectColumn,
  expectNoAxeViolations,
  openFirstRecord,
  settled,
  test,
} from './fixtures';

test('a record opens in a drawer titled by it, with every field, raw JSON and axe-clean', async ({
  page,
}) => {
  await page.goto('/audit/authentication?q=stage%3Amfa');
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByRole('heading', { level: 2 })).toContainText('mfa ·');
  await expect(drawer.getByText('Trace ID')).toBeVisible();
  await expect(drawer.getByText('trace_id', { exact: true })).toBeVisible();
  await expect(drawer.getByLabel('Raw JSON of the record')).toContainText('"stage": "mfa"');
  await expectNoAxeViolations(page);
  // the drawer is in the URL: a reload shows it again
  await page.reload();
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText('mfa ·');
});

test('"Filter by this value" and "Exclude this value" add terms to the query', async ({ page }) => {
  await page.goto('/audit/authentication?from=now-7d');
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  const stage = JSON.parse((await drawer.getByLabel('Raw JSON of the record').textContent()) ?? '{}')
    .stage as string;
  await drawer.getByRole('button', { name: 'Actions for Stage' }).click();
  await page.getByRole('menuitem', { name: 'Filter by this value' }).click();
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(`stage:${stage}`);
  await settled(page);
  await expectColumn(page, 'Stage', (value) => value === stage);

  await openFirstRecord(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Actions for Stage' }).click();
  await page.getByRole('menuitem', { name: 'Exclude this value' }).click();
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(`stage:${stage} -stage:${stage}`);
  await expect(page.getByText('No records match this search')).toBeVisible();
});

test('"Show all records with this trace" pivots to the whole login attempt', async ({ page }) => {
  await page.goto('/audit/authentication?q=stage%3Aidentify');
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  const record = JSON.parse((await drawer.getByLabel('Raw JSON of the record').textContent()) ?? '{}') as {
    trace_id: string;
  };
  await drawer.getByRole('button', { name: 'Actions for Trace ID' }).click();
  await page.getByRole('menuitem', { name: 'Show all records with this trace' }).click();
  await expect(page).toHaveURL(/from=all/);
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(`trace_id:${record.trace_id}`);
  await settled(page);
  await expect
    .poll(async () => {
      const stages = await columnValues(page, 'Stage');
      return stages.includes('login_start') && stages.includes('identify');
    })
    .toBe(true);
});

test('a link to a record that does not exist says so in the drawer', async ({ page }) => {
  await page.goto('/audit/authentication?record=auth-nope');
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('This record no longer exists')).toBeVisible();
  await expect(drawer).toContainText('No authentication record has the id "auth-nope"');
  // retention or another data set: retrying would not bring it back
  await expect(drawer.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
