import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { settled, totalCount } from '../fixtures';
import { fixedRange, searchPath } from './server';

test('a CSV export of a search holds as many rows as the total shown', async ({ page }) => {
  await page.goto(searchPath('authentication', 'stage:mfa OR stage:password', fixedRange()));
  await settled(page);
  const total = await totalCount(page);
  expect(total).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const box = page.getByRole('dialog', { name: /^Export/ });
  await expect(box).toContainText(`${total.toLocaleString('en')} records will be written`);
  await box.getByRole('radio', { name: 'CSV' }).check();
  const downloading = page.waitForEvent('download');
  await box.getByRole('button', { name: 'Start export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^authentication_.*\.csv$/);

  const rows = parse(await readFile(await download.path(), 'utf8')) as string[][];
  const stage = rows[0]?.indexOf('stage') ?? -1;
  expect(stage).toBeGreaterThan(-1);
  expect(rows.length - 1).toBe(total);
  expect(rows.slice(1).every((row) => row[stage] === 'mfa' || row[stage] === 'password')).toBe(true);
  await expect(box.getByRole('status')).toContainText(`${total.toLocaleString('en')} records saved to`);
});
