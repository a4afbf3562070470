import type { Page } from '@playwright/test';
import { expect, openFirstRecord, test } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 11, 1, 9, 30);

/** The open record's raw JSON, less its time: what must be the same record a day later. */
async function openRecord(page: Page) {
  const raw = await page.getByRole('dialog').getByLabel('Raw JSON of the record').textContent();
  const { time, ...rest } = JSON.parse(raw ?? '{}') as Record<string, unknown>;
  return { time, rest };
}

test('a copied record link opens the same record a day later', async ({ page }) => {
  await page.clock.setFixedTime(T0);
  await page.goto('/audit/authentication?from=now-7d');
  await openFirstRecord(page);
  await expect(page.getByRole('dialog').getByLabel('Raw JSON of the record')).toBeVisible();
  const link = page.url();
  expect(new URL(link).searchParams.get('record')).toBeTruthy();
  const before = await openRecord(page);

  // the demo makes its data again for the new day: the link must still name this record
  await page.clock.setFixedTime(T0 + DAY);
  await page.goto(link);
  await expect(page.getByRole('dialog').getByLabel('Raw JSON of the record')).toBeVisible();
  const after = await openRecord(page);
  expect(after.rest).toEqual(before.rest);
  expect(Date.parse(String(after.time)) - Date.parse(String(before.time))).toBe(DAY);
});
