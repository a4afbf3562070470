import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';

/** A destination of this test's own: the server's store is shared by every test (and a retry). */
function destination(name: string) {
  return {
    name,
    type: 'webhook',
    url: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.com/ingest`,
    path: null,
    recordTypes: ['access'],
    connectorToCloud: { access: false, authorisation: false },
    enabled: true,
    auth: { type: 'none', username: null, headerName: null },
  };
}

test('a save over a change made meanwhile by another client shows both versions; "Keep mine" saves mine', async ({
  page,
  request,
}) => {
  const name = `E2E hook ${randomUUID().slice(0, 8)}`;
  const created = await request.post('/api/v1/audit-destinations', { data: destination(name) });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const path = `/api/v1/audit-destinations/${id}`;

  // the demo world's destinations are there beside it (--demo)
  await page.goto('/settings/destinations');
  await expect(page.getByRole('row', { name: /Splunk HEC \(SOC\)/ })).toBeVisible();
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('link', { name })
    .click();
  const field = page.getByRole('textbox', { name: 'Name' });
  await expect(field).toHaveValue(name);

  // another client changes it: a write must name the version it replaces
  const read = await request.get(path);
  const theirs = { ...((await read.json()) as object), name: `${name} (Bob)` };
  expect((await request.put(path, { data: theirs })).status()).toBe(428);
  const changed = await request.put(path, {
    data: theirs,
    headers: { 'If-Match': read.headers()['etag'] ?? '' },
  });
  expect(changed.status()).toBe(200);

  await field.fill(`${name} (mine)`);
  await page.getByRole('button', { name: 'Save' }).click();
  const conflict = page.getByRole('dialog', { name: 'Someone else changed this' });
  const nameRow = conflict.getByRole('row', { name: /^Name/ });
  await expect(nameRow).toContainText(`${name} (mine)`);
  await expect(nameRow).toContainText(`${name} (Bob)`);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();

  await expect(conflict).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(`${name} \\(mine\\)`) })).toBeVisible();
  const saved = await request.get(path);
  expect(((await saved.json()) as { name: string }).name).toBe(`${name} (mine)`);
  expect(
    (await request.delete(path, { headers: { 'If-Match': saved.headers()['etag'] ?? '' } })).status(),
  ).toBe(204);
});
