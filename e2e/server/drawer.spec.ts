import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, openFirstRecord } from '../fixtures';
import { fixedRange, searchPath } from './server';

test('a record opens in a drawer with its fields; the URL names it, and a reload opens it again', async ({
  page,
}) => {
  await page.goto(searchPath('authentication', 'stage:mfa', fixedRange()));
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  const heading = drawer.getByRole('heading', { level: 2 });
  await expect(heading).toContainText('mfa ·');
  const raw = drawer.getByLabel('Raw JSON of the record');
  await expect(raw).toContainText('"stage": "mfa"');
  const record = JSON.parse((await raw.textContent()) ?? '{}') as { id: string; trace_id: string };
  await expect(drawer.getByRole('term').filter({ hasText: /^Trace ID/ })).toBeVisible();
  await expect(drawer.getByText(record.trace_id, { exact: true })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('record')).toBe(record.id);
  await expectNoAxeViolations(page);

  const title = (await heading.textContent()) ?? '';
  await page.reload();
  const reopened = page.getByRole('dialog');
  await expect(reopened.getByRole('heading', { level: 2 })).toHaveText(title);
  await expect(reopened.getByLabel('Raw JSON of the record')).toContainText(`"id": "${record.id}"`);
});
