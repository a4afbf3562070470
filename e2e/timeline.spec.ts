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

test('the menu opens the timeline, where a pasted id opens its records', async ({ page }) => {
  await page.goto('/audit/authentication?q=stage%3Amfa&from=all');
  await openFirstRecord(page);
  const trace = await page
    .getByRole('dialog')
    .getByRole('link', { name: 'Open timeline' })
    .getAttribute('href');
  const traceId = new URL(trace ?? '', page.url()).searchParams.get('value') ?? '';
  expect(traceId).not.toBe('');
  await page.keyboard.press('Escape');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL(/\/timeline$/);
  const form = page.getByRole('form', { name: 'Open a timeline' });
  await expectNoAxeViolations(page);
  // nothing pasted: said on the field, nothing sent
  await form.getByRole('button', { name: 'Open timeline' }).click();
  await expect(form.getByText('Paste a trace, session, token or request id.')).toBeVisible();
  await expect(page).toHaveURL(/\/timeline$/);

  await form.getByRole('textbox', { name: 'Id' }).fill(`  ${traceId} `);
  await form.getByRole('textbox', { name: 'Id' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/timeline\\?key=trace_id&value=${traceId}$`));
  await expect(page.getByRole('status').filter({ hasText: /\d+ records/ })).toBeVisible();
});

test('a timeline link with a wrong kind of id keeps the id and says what is wrong', async ({ page }) => {
  await page.goto('/timeline?key=cookie&value=abc123');
  await expect(page.getByText('“cookie” in the link is not a kind of id')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Id' })).toHaveValue('abc123');
});
