import {
  columnValues,
  expect,
  expectNoAxeViolations,
  grid,
  openFirstRecord,
  settled,
  test,
  totalCount,
} from './fixtures';
import type { Page } from '@playwright/test';

/** Opens a sign-in's drawer and, from its Email value's menu, that user's page; returns the email. */
async function openUserPageFromDrawer(page: Page): Promise<string> {
  await page.goto('/audit/authentication?q=stage%3Atoken_issue&from=now-7d&to=now-1d');
  await openFirstRecord(page);
  const drawer = page.getByRole('dialog');
  const record = JSON.parse((await drawer.getByLabel('Raw JSON of the record').textContent()) ?? '{}') as {
    email: string;
  };
  await drawer.getByRole('button', { name: 'Actions for Email' }).click();
  await page.getByRole('menuitem', { name: 'Open user page' }).click();
  await expect(page).toHaveURL(new RegExp(`/entity/user/${encodeURIComponent(record.email)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`User ${record.email}`);
  return record.email;
}

const SECTIONS = ['Authentication', 'Authorisation', 'Access', 'Activity'];

test("a user's page, opened from the drawer, shows the four streams, first and last seen and a newest-first timeline", async ({
  page,
}) => {
  await openUserPageFromDrawer(page);
  for (const name of SECTIONS) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
  await expect(page.getByText('First seen')).toBeVisible();
  await expect(page.getByText('Last seen')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Records over time' })).toBeVisible();
  const auth = page.getByRole('region', { name: 'Authentication', exact: true });
  await expect(auth.getByRole('heading', { name: 'Failures by stage' })).toBeVisible();

  const timeline = page.getByRole('table', { name: 'Timeline' });
  await expect(timeline.getByRole('row').nth(1)).toBeVisible();
  const times = await timeline
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((r) => r.querySelector('td')?.textContent ?? ''));
  expect(times.length).toBeGreaterThan(1);
  expect(times).toEqual([...times].sort().reverse());
  await expectNoAxeViolations(page);

  // a timeline row opens its record in its grid, drawer open
  await timeline.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test("a stream's count opens its grid with the user's query, and the grid's total is that count", async ({
  page,
}) => {
  const email = await openUserPageFromDrawer(page);
  const section = page.getByRole('region', { name: 'Authentication', exact: true });
  const link = section.getByRole('link', { name: /records? in Authentication$/ });
  const count = Number(((await link.textContent()) ?? '').replace(/[^\d]/g, ''));
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/audit\/authentication\?/);
  const q = new URL(page.url()).searchParams.get('q');
  expect(q).toBe(`email:${email} OR user_id:${email}`);
  await expect(page.getByRole('combobox', { name: 'Search' })).toHaveValue(q ?? '');
  await expect.poll(() => totalCount(page)).toBe(count);
});

test('an entity no record names says so; values with quotes, spaces or hidden characters show as they are; an unknown kind is not found', async ({
  page,
}) => {
  await page.goto(`/entity/device/${encodeURIComponent('Pump "north" 7')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Device Pump "north" 7');
  await expect(page.getByRole('status').filter({ hasText: 'No records name the device' })).toContainText(
    '“Pump "north" 7”',
  );
  await expectNoAxeViolations(page);
  await page.goto(`/entity/user/${encodeURIComponent('ad\u200bmin@example.com')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('User ad⟨U+200B⟩min@example.com');
  await page.goto('/entity/person/ada');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test("the overview's busiest devices open a device's page, which fits a phone's width", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/overview?from=now-30d');
  const open = page
    .getByRole('region', { name: 'Busiest devices' })
    .getByRole('link', { name: /^Open device page: / })
    .first();
  const name = ((await open.getAttribute('aria-label')) ?? '').replace('Open device page: ', '');
  await open.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Device ${name}`);
  const activity = page.getByRole('region', { name: 'Activity', exact: true });
  await expect(activity.getByRole('link', { name: /records? in Activity$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Access', exact: true })).toContainText(
    'Access records do not name a device.',
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("a grid's source IP cell opens that address's page; the rest of the row still opens the drawer", async ({
  page,
}) => {
  await page.goto('/audit/authentication?q=stage%3Atoken_issue');
  await settled(page);
  const [ip] = await columnValues(page, 'Source IP');
  expect(ip).toBeTruthy();
  await grid(page).getByRole('link', { name: ip, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/entity/ip/${encodeURIComponent(ip ?? '')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Source IP ${ip}`);
  await expect(page.getByRole('region', { name: 'Authentication', exact: true })).toBeVisible();
  await page.goBack();
  await openFirstRecord(page);
  await expect(page.getByRole('dialog')).toBeVisible();
});
