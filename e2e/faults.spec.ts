import {
  dataRows,
  expect,
  expectNoAxeViolations,
  setMock,
  test,
  mockBeforeLoad,
  TEST_RECORDS,
} from './fixtures';

test('a failing server shows an error with Retry, and Retry recovers', async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, fault: '500' });
  await page.goto('/audit/authentication');
  const alert = page.getByRole('alert').filter({ hasText: 'Records could not be loaded' });
  await expect(alert).toContainText('The server failed (500)', { timeout: 15_000 });
  await expectNoAxeViolations(page);
  await setMock(page, { fault: 'none' });
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(dataRows(page).first()).toBeVisible();
});

test('a 503 says when to try again', async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, fault: '503', retryAfter: 1 });
  await page.goto('/audit/authentication');
  await expect(page.getByRole('alert')).toContainText('temporarily unavailable. Try again in 1 second.', {
    timeout: 15_000,
  });
});

test('a response that breaks the contract names the request, never a blank grid', async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, fault: 'bad-body' });
  await page.goto('/audit/authentication');
  await expect(page.getByRole('alert')).toContainText('/api/v1/audit/authentication/records');
  await expect(page.getByRole('alert')).toContainText('not in the expected format');
});

test('a slow server shows a loading state first', async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, latencyMs: 1500 });
  await page.goto('/audit/authentication');
  await expect(page.getByRole('status').filter({ hasText: 'Loading records…' })).toBeVisible();
  // every request of the page start waits 1.5 s, one after another
  await expect(dataRows(page).first()).toBeVisible({ timeout: 40_000 });
});

test('someone without the permission sees why', async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, role: 'member' });
  await page.goto('/audit/authentication');
  await expect(page.getByText("You don't have permission to read audit logs")).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a demo API that cannot start says so, and how to recover', async ({ page }) => {
  await page.context().route('**/mockServiceWorker.js', (route) => route.abort());
  await page.goto('/audit/authentication');
  // the console itself is up: its menu works while its data cannot be had
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your account could not be loaded' })).toBeVisible();
  await expect(
    page.getByText(/demo API \(a mock service worker\) could not start; reload the page/),
  ).toBeVisible();
});
