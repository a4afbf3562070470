import { expect, test } from '@playwright/test';
import { SERVER_INGEST_TOKEN } from '../../playwright.config';
import { SEED_EXAMPLE_BATCH as SEED_BATCH } from '../../server/engine/ingest/seedExample';
import { openFirstRecord } from '../fixtures';

test('a batch posted to the webhook is searchable in the console, once, with the time the sender wrote', async ({
  page,
  request,
}) => {
  const post = () =>
    request.post('/api/v1/ingest', {
      headers: { Authorization: `Bearer ${SERVER_INGEST_TOKEN}`, 'Content-Type': 'application/json' },
      data: Buffer.from(SEED_BATCH),
    });
  const first = await post();
  expect(first.status(), await first.text()).toBe(200);
  expect(await first.json()).toMatchObject({ received: 2 });
  // a sender retries whole batches: the second is counted, not stored
  const again = await post();
  expect(await again.json()).toMatchObject({ added: 0, duplicates: 2 });

  await page.goto('/audit/authorisation?from=all&q=jti:hTrNWKetLyWLuS5rGA5B2s');
  await expect(page.getByText('1 record', { exact: true })).toBeVisible();
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByText('PROPFIND', { exact: true })).toBeVisible();
  await expect(drawer.getByText(/2022-02-13T21:17:10\.151794113Z as sent/)).toBeVisible();
  await expect(drawer.getByText('2022-02-13T21:17:10.912278621Z', { exact: true })).toBeVisible();
});
