import type { Page } from '@playwright/test';
import {
  dataRows,
  expect,
  expectNoAxeViolations,
  mockBeforeLoad,
  search,
  setMock,
  settled,
  test,
  TEST_RECORDS,
} from './fixtures';

/** Shorter limits for a slow search (src/api/timeouts.ts), set before the app starts. */
async function timeouts(page: Page, limits: { slowMs?: number; timeoutMs?: number }) {
  await page.addInitScript(
    (value) => localStorage.setItem('audit-console.timeouts', value),
    JSON.stringify(limits),
  );
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const outcomes = (page: Page) => page.getByRole('list', { name: 'Outcomes' }).getByRole('listitem');

test('a record that cannot be read is marked in its row, and the rest of the page shows', async ({
  page,
}) => {
  // audit records kept by an older demo: one lacks fields added since, one has a number for a stage
  await page.addInitScript(() => {
    const time = new Date(Date.now() - 5_000).toISOString();
    const record = {
      id: 'kept-by-an-older-version',
      time,
      user_id: 'u-1',
      upstream_user_id: null,
      email: 'kept@old.example',
      org_id: 'org-1',
      org_name: 'Example',
      event: 'success',
      source_ip: '192.0.2.1',
      token_id: null,
      trace_id: 'trace-1',
      session: null,
      issuer: 'https://auth.example.com',
      client_id: 'console',
      application_name: 'Console',
      login_org_id: null,
      login_org_name: null,
      stage: 'password',
    };
    const broken = { ...record, id: 'broken-stage', email: 'broken@old.example', stage: 7 };
    const kept = [record, broken].map((r) => ({
      stream: 'authentication',
      record: r,
      time: Date.parse(time),
    }));
    localStorage.setItem('audit-console.mock.appended', JSON.stringify(kept));
  });
  await page.goto('/audit/authentication');
  await settled(page);
  const bad = dataRows(page).filter({ hasText: 'This record could not be read' });
  await expect(bad).toHaveCount(1);
  await expect(bad).toContainText('stage: Invalid input: expected string, received number');
  await expect(dataRows(page).filter({ hasText: 'kept@old.example' })).toHaveCount(1);
  expect(await dataRows(page).count()).toBeGreaterThan(10);
  await expectNoAxeViolations(page);

  await bad.getByRole('gridcell').click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('This record could not be read', { exact: true })).toBeVisible();
  await expect(drawer.getByLabel('Raw JSON of the record')).toContainText('"stage": 7');
  await expect(page).toHaveURL(/record=broken-stage/);
});

test('a hung search says the server is slow, hides the previous counts, and Cancel goes back to the previous search', async ({
  page,
}) => {
  await timeouts(page, { slowMs: 1_000 });
  await page.goto('/audit/authentication');
  await settled(page);
  await expect(outcomes(page).first()).toBeVisible();
  await setMock(page, { latencyMs: 60_000 });
  await search(page, 'event:failure', { refused: true });

  const slow = page.getByRole('status').filter({ hasText: 'The server is slow' });
  await expect(slow).toContainText(
    'The server is slow: still searching after 1 second. The records below are from the previous search.',
  );
  // neither the count nor the histogram shows the previous search's figures under the new query
  await expect(page.getByRole('status').filter({ hasText: /\d records?/ })).toHaveCount(0);
  await expect(outcomes(page)).toHaveCount(0);

  await slow.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
  await expect(slow).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByRole('status').filter({ hasText: /\d records?/ })).toBeVisible();
  await expect(dataRows(page).first()).toBeVisible();
  // Back brings the cancelled query back: what was typed is not lost
  await setMock(page, { latencyMs: 0 });
  await page.goBack();
  await expect(searchBox(page)).toHaveValue('event:failure');
});

test('a search that never answers times out with a clear error, and Retry runs it again', async ({
  page,
}) => {
  await timeouts(page, { slowMs: 1_000, timeoutMs: 3_000 });
  await page.goto('/audit/authentication');
  await settled(page);
  await setMock(page, { latencyMs: 60_000 });
  await search(page, 'event:failure', { refused: true });
  const alert = page.getByRole('alert').filter({ hasText: 'Records could not be loaded' });
  await expect(alert).toContainText('The server did not answer within 3 seconds');
  await expect(alert).toContainText('/api/v1/audit/authentication/records');
  await expect(page.getByRole('status').filter({ hasText: 'The server is slow' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await setMock(page, { latencyMs: 0 });
  await alert.getByRole('button', { name: 'Retry' }).click();
  await settled(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when the records cannot be loaded, the histogram says so with Retry instead of loading for ever', async ({
  page,
}) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, fault: '500' });
  await page.goto('/audit/authentication');
  await expect(page.getByRole('alert').filter({ hasText: 'Records could not be loaded' })).toBeVisible();
  const chartError = page.getByRole('status').filter({ hasText: 'The histogram could not be loaded' });
  await expect(chartError).toContainText('The server failed (500)');
  await setMock(page, { fault: 'none' });
  await chartError.getByRole('button', { name: 'Retry' }).click();
  await settled(page);
  await expect(outcomes(page).first()).toBeVisible();
  await expect(chartError).toHaveCount(0);
});

test("a member's first visit asks for nothing the role may not read", async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, role: 'member' });
  const refused: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 403) refused.push(response.url());
  });
  await page.goto('/audit/authentication');
  await expect(page.getByText("You don't have permission to read audit logs")).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(refused).toEqual([]);
});

for (const width of [1400, 390]) {
  test(`at ${width} px neither a grid nor Destinations scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/audit/authentication', '/audit/activity', '/settings/destinations']) {
      await page.goto(path);
      if (path.startsWith('/audit')) await settled(page);
      else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // the histogram's hidden description is among what once widened the page
      if (path.startsWith('/audit')) await expect(outcomes(page).first()).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
    }
  });
}
