import { dataRows, expect, setMock, test } from './fixtures';

test('the demo role switcher changes what the console allows, and is kept across reloads', async ({
  page,
}) => {
  await page.goto('/audit/authentication');
  await expect(dataRows(page).first()).toBeVisible();
  const role = page.getByRole('combobox', { name: 'Role' });
  await expect(role).toHaveText('Owner');

  await role.click();
  await page.getByRole('option', { name: 'Member (no audit access)' }).click();
  await expect(
    page.getByRole('heading', { name: "You don't have permission to read audit logs" }),
  ).toBeVisible();
  // no menu of pages that would each refuse: the menu says why instead
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveCount(0);
  await expect(nav).toContainText('Your role (member) opens no page of this console');
  await page.reload();
  await expect(
    page.getByRole('heading', { name: "You don't have permission to read audit logs" }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Auditor' }).click();
  await expect(dataRows(page).first()).toBeVisible();
  await expect(page.getByLabel('Signed in user')).toContainText('auditor');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }),
  ).toBeVisible();
});

test('the API refuses a member whatever the console shows: 403 problem+json', async ({ page }) => {
  await page.goto('/audit/authentication');
  await expect(dataRows(page).first()).toBeVisible();
  await setMock(page, { role: 'member' });
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/v1/audit/access/records?limit=1');
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.text(),
    };
  });
  expect(answer.status).toBe(403);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.body).not.toContain('"items"');
});

test('a permission withdrawn mid-session shows why at the next request', async ({ page }) => {
  await page.goto('/audit/authentication');
  await expect(dataRows(page).first()).toBeVisible();
  // the role changes on the server side, behind the console's back
  await setMock(page, { role: 'member' });
  // any next request will do: open another stream from the navigation, which stays on screen
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Access' }).click();
  await expect(
    page.getByRole('heading', { name: "You don't have permission to read audit logs" }),
  ).toBeVisible();
  await expect(page.getByRole('grid')).toHaveCount(0);
});
