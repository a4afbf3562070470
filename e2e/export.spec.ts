import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import {
  dataRows,
  expect,
  expectNoAxeViolations,
  mockBeforeLoad,
  setMock,
  settled,
  test,
  totalCount,
} from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: /^Export/ });

async function openExport(page: Page) {
  await settled(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

async function fileText(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** `2026-11-01T00:00:00.000Z` as it appears in file names: `2026-11-01T00-00Z` */
const stamp = (iso: string) => `${iso.slice(0, 16).replace(':', '-')}Z`;

test('a CSV export holds exactly the grid total, in the visible columns, named by the range', async ({
  page,
}) => {
  const to = new Date(Date.now() - 3_600_000);
  const from = new Date(to.getTime() - 10 * 86_400_000);
  const url = `/audit/authentication?q=${encodeURIComponent('stage:mfa')}&from=${from.toISOString()}&to=${to.toISOString()}`;
  await page.goto(url);
  await settled(page);
  const total = await totalCount(page);
  expect(total).toBeGreaterThan(0);

  const box = await openExport(page);
  await expect(box).toContainText(`${total.toLocaleString('en')} records will be written`);
  await box.getByRole('radio', { name: 'CSV' }).check();
  await expect(box.getByRole('radio', { name: /^Visible columns \(\d+\)$/ })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Start export' }).click();
  const download = await downloading;

  expect(download.suggestedFilename()).toBe(
    `authentication_${stamp(from.toISOString())}_${stamp(to.toISOString())}.csv`,
  );
  const rows = parse(await fileText(download)) as string[][];
  expect(rows[0]).toEqual(['time', 'email', 'stage', 'event', 'source_ip', 'application_name', 'user_agent']);
  expect(rows.length - 1).toBe(total);
  expect(rows.slice(1).every((r) => r[2] === 'mfa')).toBe(true);
  await expect(box.getByRole('status')).toContainText(`${total.toLocaleString('en')} records saved to`);
});

test('NDJSON of all fields adds local times when the console shows local time', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('audit-console.timezone', '"local"'));
  await page.goto(`/audit/authentication?q=${encodeURIComponent('stage:password')}&from=now-24h`);
  const box = await openExport(page);
  await expect(box).toContainText('time_local column in your time zone (Europe/Paris)');
  await box.getByRole('radio', { name: 'NDJSON' }).check();
  await box.getByRole('radio', { name: 'All fields' }).check();
  await expect(box.getByRole('checkbox', { name: /byte-order mark/ })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Start export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^authentication_\d{4}-\d\d-\d\dT\d\d-\d\dZ_\d{4}-\d\d-\d\dT\d\d-\d\dZ\.ndjson$/,
  );
  const lines = (await fileText(download)).split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const record = JSON.parse(line) as Record<string, string>;
    expect(Object.keys(record).slice(0, 3)).toEqual(['id', 'time', 'time_local']);
    expect(record.time_local).toMatch(/\+0[12]:00$/);
    expect(Date.parse(record.time_local ?? '')).toBe(Date.parse(record.time ?? ''));
  }
});

test('Cancel stops a large export promptly and saves nothing', async ({ page }) => {
  test.setTimeout(120_000);
  await mockBeforeLoad(page, { records: 200_000, latencyMs: 0 });
  await page.goto('/audit/authentication?from=all');
  // generating 200,000 records takes a while on a busy machine
  await expect(dataRows(page).first()).toBeVisible({ timeout: 90_000 });
  const box = await openExport(page);
  await expect(box).toContainText('200,000 records will be written');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  // the body stops after its first chunk until it is cancelled: Cancel always meets a running export
  await setMock(page, { fault: 'stall', faultPath: '/export-midway' });
  await box.getByRole('button', { name: 'Start export' }).click();
  await expect(box.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(box).toContainText(/[1-9][\d,]* of 200,000 records written/);
  await box.getByRole('button', { name: 'Cancel' }).click();
  await expect(box.getByRole('status')).toContainText('Export cancelled. No file was saved.');
  // how fast Cancel answers is measured by `npm run bench` (B6), not asserted here
  await expect(box.getByRole('progressbar')).toHaveCount(0);
  await page.waitForTimeout(2_000);
  expect(downloads).toHaveLength(0);
  // the mock stopped too, and audited the export as failed
  const audited = await page.evaluate(() => localStorage.getItem('audit-console.mock.appended') ?? '');
  expect(audited).toContain('"action":"Log-downloaded"');
  expect(audited).toContain('"status":"failed"');
});

test('a failure in the middle of an export shows an error with Retry, and no file', async ({ page }) => {
  await page.goto('/audit/authentication?from=all');
  const box = await openExport(page);
  await setMock(page, { fault: 'network', faultPath: '/export-midway' });
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await box.getByRole('radio', { name: 'JSON', exact: true }).check();
  await box.getByRole('button', { name: 'Start export' }).click();
  const alert = box.getByRole('alert');
  await expect(alert).toContainText('Export failed');
  await expect(alert).toContainText(/stopped after 1,000 of [\d,]+ records.*No file was saved/);
  await expectNoAxeViolations(page);
  expect(downloads).toHaveLength(0);

  await setMock(page, { fault: 'none' });
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Retry' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const records = JSON.parse(await fileText(download)) as unknown[];
  expect(records.length).toBe(await totalCount(page));
});

test('the export dialog is accessible', async ({ page }) => {
  await page.goto('/audit/authentication');
  const box = await openExport(page);
  await expect(box.getByRole('radiogroup', { name: 'Format' })).toBeVisible();
  await expect(box.getByRole('radiogroup', { name: 'Columns' })).toBeVisible();
  await expect(box.getByRole('checkbox', { name: 'Add a byte-order mark (for Excel)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('an export is itself audited in the activity stream', async ({ page }) => {
  await page.goto(`/audit/authentication?q=${encodeURIComponent('stage:mfa')}`);
  const box = await openExport(page);
  const downloading = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Start export' }).click();
  await downloading;
  await page.goto(`/audit/activity?q=${encodeURIComponent('action:Log-downloaded')}&from=now-15m`);
  await settled(page);
  expect(await totalCount(page)).toBe(1);
  await expect(page.getByRole('grid').getByText('Log-downloaded')).toBeVisible();
});
