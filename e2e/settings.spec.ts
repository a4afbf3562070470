import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  mockBeforeLoad,
  setMock,
  settled,
  test,
  totalCount,
} from './fixtures';

const SECRET = 'e2e-bearer-4f1d9c';
/** the settings journeys need few records: a small store keeps the pages that count them quick */
const RECORDS = 2000;

test.beforeEach(async ({ page }) => mockBeforeLoad(page, { records: RECORDS }));

/** Calls the API from the page, as a script of the signed-in user would: the mock answers. */
async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, etag: response.headers.get('ETag'), text: await response.text() };
    },
    { method, path, body, headers },
  );
}

/** Every API response body the page received, to prove a secret never comes back. */
function recordResponses(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (!/\/api\/v1\/(audit-destinations|audit\/activity)/.test(response.url())) return;
    try {
      bodies.push(await response.text());
    } catch {
      // a streamed or aborted body: not a settings response
    }
  });
  return bodies;
}

const UNSAFE_URLS = [
  'http://127.0.0.1/',
  'http://2130706433/',
  'http://0x7f.1/',
  'http://0177.0.0.1/',
  'http://127.0.0.1./',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[fd00::1]/',
  'http://[fe80::1]/',
  'http://10.0.0.8/',
  'http://172.16.4.4/',
  'http://192.168.1.1/',
  'http://169.254.169.254/',
  'http://100.64.0.1/',
  'http://localhost/',
  'http://user:pw@example.com/',
  'ftp://example.com/',
];

const destinationBody = (url: string) => ({
  name: 'Probe',
  type: 'webhook',
  url,
  path: null,
  recordTypes: ['access'],
  connectorToCloud: { access: false, authorisation: false },
  enabled: true,
  auth: { type: 'none', username: null, headerName: null },
});

test('an owner adds, edits, tests and deletes a destination; secrets never come back', async ({ page }) => {
  const responses = recordResponses(page);
  const served = await page.goto('/settings/destinations');
  // the preview server sends the security headers a deployment should send
  const headers = served?.headers() ?? {};
  expect(headers['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(page.getByRole('table', { name: 'Audit destinations' })).toBeVisible();
  await expectNoAxeViolations(page);

  // the API itself refuses every unsafe URL, naming the field (one round trip for them all)
  const refused = await page.evaluate(
    async ({ urls, body }) =>
      Promise.all(
        urls.map(async (url) => {
          const response = await fetch('/api/v1/audit-destinations', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ ...body, url }),
          });
          const problem = (await response.json()) as { errors?: { field: string }[] };
          return `${url} ${response.status} ${problem.errors?.[0]?.field ?? ''}`;
        }),
      ),
    { urls: UNSAFE_URLS, body: destinationBody('') },
  );
  expect(refused).toEqual(UNSAFE_URLS.map((url) => `${url} 400 url`));

  await page.getByRole('link', { name: 'Add destination' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('SOC webhook');
  const url = page.getByRole('textbox', { name: 'URL' });
  await url.fill('http://0x7f.1/ingest');
  await expect(page.getByText('"0x7f.1" (127.0.0.1) is a loopback address')).toBeVisible();
  await url.fill('https://soc.example.com/ingest');
  await page.getByRole('radio', { name: 'Bearer token' }).check();
  await page.getByRole('textbox', { name: 'Token' }).fill(SECRET);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();

  const row = page.getByRole('row', { name: /SOC webhook/ });
  await expect(row).toContainText('https://soc.example.com/ingest');
  await expect(page.getByText('Saved "SOC webhook".')).toBeVisible();

  // the write-only secret shows as "set"; saving another field keeps it (the audit below shows no secret change)
  await row.getByRole('link', { name: 'SOC webhook' }).click();
  await expect(page.getByText('Token: set')).toBeVisible();
  await page
    .getByRole('group', { name: 'Record types' })
    .getByRole('checkbox', { name: 'Access', exact: true })
    .uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(row).not.toContainText('Access');

  const enabled = row.getByRole('switch', { name: 'Enabled: SOC webhook' });
  await enabled.click();
  await expect(enabled).not.toBeChecked();
  await expect(page.getByText('"SOC webhook" disabled.')).toBeVisible();

  await row.getByRole('button', { name: 'Send test event to SOC webhook' }).click();
  const test = page.getByRole('dialog', { name: 'Test event to SOC webhook' });
  await expect(test.getByRole('status')).toContainText('Delivered · HTTP 200');
  await expect(test).toContainText('"events": [');
  await expect(test).toContainText('"unique_id"');
  await expect(test).toContainText('Authorization: Bearer ••••••••');
  await test.getByRole('button', { name: 'Close' }).click();
  await expect(row).toContainText('Delivered · HTTP 200');

  await row.getByRole('button', { name: 'Delete SOC webhook' }).click();
  await page
    .getByRole('dialog', { name: 'Delete "SOC webhook"?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(row).toHaveCount(0);

  // four changes, each audited with old and new values, none with the secret
  const audit = await api(
    page,
    'GET',
    `/audit/activity/records?q=${encodeURIComponent('controller:audit.destinations')}&from=now-1h`,
  );
  const items = JSON.parse(audit.text).items as { action: string; changed: string[] }[];
  expect(items.map((r) => r.action)).toEqual([
    'model_deleted',
    'model_updated',
    'model_updated',
    'model_created',
  ]);
  expect(responses.length).toBeGreaterThan(5);
  for (const body of [...responses, audit.text]) expect(body).not.toContain(SECRET);
});

test('a stale save shows both versions; double clicks save once; leaving unsaved asks; saves survive a reload', async ({
  page,
}) => {
  await page.goto('/settings/destinations/dst-splunk-hec');
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Splunk HEC (SOC)');

  // someone else saves first
  const read = await api(page, 'GET', '/audit-destinations/dst-splunk-hec');
  const theirs = { ...JSON.parse(read.text), name: 'Splunk (renamed by Bob)' };
  expect((await api(page, 'PUT', '/audit-destinations/dst-splunk-hec', theirs)).status).toBe(428);
  expect(
    (await api(page, 'PUT', '/audit-destinations/dst-splunk-hec', theirs, { 'If-Match': read.etag ?? '' }))
      .status,
  ).toBe(200);

  await name.fill('Splunk HEC (mine)');
  // leaving with unsaved changes asks first
  await page.getByRole('link', { name: 'Retention' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(name).toHaveValue('Splunk HEC (mine)');

  await page.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this' });
  const nameRow = conflict.getByRole('row', { name: /^Name/ });
  await expect(nameRow).toContainText('Splunk HEC (mine)');
  await expect(nameRow).toContainText('Splunk (renamed by Bob)');
  await expectNoAxeViolations(page);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('row', { name: /Splunk HEC \(mine\)/ })).toBeVisible();

  // a double-clicked Save on a new destination makes one
  await page.getByRole('link', { name: 'Add destination' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Twice');
  await page.getByRole('textbox', { name: 'URL' }).fill('https://twice.example.com/');
  await page.getByRole('button', { name: 'Save' }).dblclick();
  await expect(page.getByRole('row', { name: /Twice/ })).toHaveCount(1);

  // a failed save keeps what was typed
  await page.getByRole('row', { name: /Twice/ }).getByRole('link').click();
  await setMock(page, { fault: '500', faultPath: '/audit-destinations' });
  await page.getByRole('textbox', { name: 'Name' }).fill('Twice, edited');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Twice, edited');
  await setMock(page, { fault: 'none' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('row', { name: /Twice, edited/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('row', { name: /Twice, edited/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Splunk HEC \(mine\)/ })).toBeVisible();
});

test('retention: lowering says what it removes and asks; auditors read only; reset demo data', async ({
  page,
}) => {
  await page.goto('/settings/retention');
  const access = page.getByRole('group', { name: 'Access', exact: true });
  const days = access.getByRole('textbox', { name: 'Access: days', exact: true });
  await expect(days).toHaveValue('365');
  await expect(
    page.getByRole('group', { name: 'API access' }).getByRole('checkbox', { name: 'Keep indefinitely' }),
  ).toBeChecked();
  await days.fill('7');
  await expect(access.getByText('less than 12 months')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove records?' });
  await expect(confirm).toContainText(/Access: 365 days → 7 days, removes [\d,]+ records/);
  await confirm.getByRole('button', { name: /^Remove [\d,]+ records and save$/ }).click();
  await expect(page.getByText('Retention saved.')).toBeVisible();

  await page.goto(`/audit/access?from=all`);
  await settled(page);
  const shown = await totalCount(page);
  expect(shown).toBeLessThan(RECORDS / 2);

  // an auditor sees the periods but can't change them, and the API says 403 if asked directly
  await mockBeforeLoad(page, { records: RECORDS, role: 'auditor' });
  await page.goto('/settings/retention');
  await expect(page.getByRole('textbox', { name: 'Access: days', exact: true })).toHaveValue('7');
  await expect(page.getByRole('textbox', { name: 'Access: days', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  const read = await api(page, 'GET', '/audit-retention');
  const refused = await api(page, 'PUT', '/audit-retention', JSON.parse(read.text), {
    'If-Match': read.etag ?? '',
  });
  expect(refused.status).toBe(403);
  // resetting erases everyone's changes: an owner's call
  await expect(page.getByRole('button', { name: 'Reset demo data' })).toHaveCount(0);

  await mockBeforeLoad(page, { records: RECORDS, role: 'owner' });
  await page.goto('/settings/retention');
  await page.getByRole('button', { name: 'Reset demo data' }).click();
  await page
    .getByRole('dialog', { name: 'Reset demo data?' })
    .getByRole('button', { name: 'Reset demo data' })
    .click();
  await expect(page.getByRole('textbox', { name: 'Access: days', exact: true })).toHaveValue('365');
});
