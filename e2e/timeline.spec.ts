import { expect, expectNoAxeViolations, openFirstRecord, test } from './fixtures';

test('"Open timeline" from a login shows its stage pipeline and the requests made with its token', async ({
  page,
}) => {
  // a day back, so the token has had its whole hour to make requests
  await page.goto('/audit/authentication?q=stage%3Atoken_issue&from=now-7d&to=now-1d');
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  const record = JSON.parse((await drawer.getByLabel('Raw JSON of the record').textContent()) ?? '{}') as {
    trace_id: string;
  };
  await drawer.getByRole('link', { name: 'Open timeline' }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline\\?key=trace_id&value=${record.trace_id}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  const stages = page.getByRole('list', { name: /^Stages of the login by/ });
  await expect(stages).toHaveCount(1);
  await expect(stages.getByRole('listitem').last()).toContainText('token_issue');

  const records = page.getByRole('table', { name: 'Records in time order' });
  await expect(records.getByRole('row').nth(1)).toBeVisible();
  const streams = await records
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''));
  expect(streams).toContain('Authentication');
  expect(streams.some((s) => s === 'Authorisation' || s === 'Access')).toBe(true);
  // oldest first
  const times = await records
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((r) => r.querySelector('td')?.textContent ?? ''));
  expect(times).toEqual([...times].sort());
  await expectNoAxeViolations(page);

  // each record links back to its stream with the drawer open
  await records.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('a failed login shows where it failed', async ({ page }) => {
  await page.goto('/audit/authentication?q=stage%3Amfa%20event%3Afailure&from=all');
  await openFirstRecord(page);
  await page.getByRole('dialog').getByRole('link', { name: 'Open timeline' }).click();
  await expect(page.getByRole('heading', { level: 3, name: /failed at mfa \(failure\)/ })).toBeVisible();
});

test('a timeline link without a key explains what it needs', async ({ page }) => {
  await page.goto('/timeline');
  await expect(page.getByText('A timeline needs a key')).toBeVisible();
});
