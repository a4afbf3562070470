import { expect, expectNoAxeViolations, mockBeforeLoad, settled, test } from './fixtures';

// these journeys are about saving, not searching: a small store keeps the grid quick
test.beforeEach(async ({ page }) => mockBeforeLoad(page, { records: 2000 }));

test('save the search on screen, open it later, rename it, share it, delete it — each change audited', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const q = 'stage:mfa -event:success';
  await page.goto(`/audit/authentication?q=${encodeURIComponent(q)}&from=now-7d&sort=email`);
  await settled(page);

  await page.getByRole('button', { name: 'Saved searches' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saved searches' });
  await expect(dialog).toContainText(`Saves what is on screen: ${q}`);
  await dialog.getByRole('button', { name: 'Save search' }).click();
  await expect(dialog.getByText('Enter a name for the search.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Failed MFA, by email');
  await dialog.getByRole('button', { name: 'Save search' }).click();
  const list = dialog.getByRole('list', { name: 'Saved searches' });
  await expect(list.getByRole('link', { name: 'Failed MFA, by email' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a name already used on this stream is refused on the field
  await dialog.getByRole('textbox', { name: 'Name' }).fill('failed mfa, BY EMAIL');
  await dialog.getByRole('button', { name: 'Save search' }).click();
  await expect(
    dialog.getByText('A saved search named "failed mfa, BY EMAIL" already exists here.'),
  ).toBeVisible();

  await list.getByRole('button', { name: 'Rename Failed MFA, by email' }).click();
  await list.getByRole('textbox', { name: 'New name for Failed MFA, by email' }).fill('MFA failures');
  await list.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(list.getByRole('link', { name: 'MFA failures' })).toBeVisible();

  await list.getByRole('button', { name: 'Copy link to MFA failures' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe('/audit/authentication');
  expect(new URL(link).searchParams.get('q')).toBe(q);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // opening it restores the query, range and sort
  await page.goto('/audit/authentication');
  await settled(page);
  await page.getByRole('button', { name: 'Saved searches' }).click();
  await list.getByRole('link', { name: 'MFA failures' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(q);
  expect(new URL(page.url()).searchParams.get('from')).toBe('now-7d');
  expect(new URL(page.url()).searchParams.get('sort')).toBe('email');
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(q);

  // deleting asks first
  await page.getByRole('button', { name: 'Saved searches' }).click();
  await list.getByRole('button', { name: 'Delete MFA failures' }).click();
  await list.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(list.getByRole('link', { name: 'MFA failures' })).toHaveCount(0);

  const audit = await page.evaluate(async () => {
    const response = await fetch(
      `/api/v1/audit/activity/records?q=${encodeURIComponent('controller:search entity_id:ss-*')}&from=now-1h`,
    );
    return ((await response.json()) as { items: { action: string; attribute: string | null }[] }).items;
  });
  expect(audit.map((r) => [r.action, r.attribute])).toEqual([
    ['model_deleted', null],
    ['model_updated', 'name'],
    ['model_created', null],
  ]);
});
