import type { Page } from '@playwright/test';
import {
  dataRows,
  expect,
  expectNoAxeViolations,
  mockBeforeLoad,
  settled,
  test,
  totalCount,
  TEST_RECORDS,
} from './fixtures';

const histogram = (page: Page) => page.getByRole('figure', { name: 'Records over time' });

/** The histogram's own total (its description for screen readers says it). */
async function histogramTotal(page: Page): Promise<number> {
  const text = (await histogram(page).textContent()) ?? '';
  const match = /([\d,]+) records in buckets/.exec(text);
  if (!match?.[1]) throw new Error(`no total in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

test('the histogram counts what the grid shows, stacked by outcome, also as a table', async ({ page }) => {
  await page.goto('/audit/authorisation?from=now-7d');
  await settled(page);
  await expect(histogram(page).locator('svg.recharts-surface')).toBeVisible();
  await expect.poll(() => histogramTotal(page)).toBe(await totalCount(page));
  await expect(histogram(page).getByRole('list', { name: 'Outcomes' })).toContainText('Denied');
  await page.getByRole('button', { name: 'View as table' }).click();
  const table = histogram(page).getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Allowed' })).toBeVisible();
  await expectNoAxeViolations(page);
  // a bucket's count opens the grid of exactly those records
  const link = table.getByRole('link', { name: /records, / }).first();
  const count = Number(((await link.textContent()) ?? '').replace(/,/g, ''));
  await link.click();
  await expect(page).toHaveURL(/from=\d{4}-.*&to=\d{4}-/);
  await settled(page);
  await expect.poll(() => totalCount(page)).toBe(count);
});

test('dragging across the histogram narrows the time range to absolute instants', async ({ page }) => {
  await page.goto('/audit/authentication?from=now-7d');
  await settled(page);
  const before = await totalCount(page);
  const chart = histogram(page).locator('svg.recharts-surface');
  const box = await chart.boundingBox();
  if (!box) throw new Error('no chart');
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}T.*&to=\d{4}-\d{2}-\d{2}T/);
  const url = new URL(page.url());
  const from = Date.parse(url.searchParams.get('from') ?? '');
  const to = Date.parse(url.searchParams.get('to') ?? '');
  // about 30% of the 7 days, in whole 3-hour buckets
  expect(to - from).toBeGreaterThan(1.5 * 86_400_000);
  expect(to - from).toBeLessThan(3 * 86_400_000);
  await settled(page);
  await expect.poll(() => totalCount(page)).toBeLessThan(before);
  await expect.poll(async () => (await histogramTotal(page)) === (await totalCount(page))).toBe(true);

  // the keyboard's way: the arrow keys move between bars, Enter zooms into one
  await chart.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => new URL(page.url()).searchParams.get('from'))
    .not.toBe(url.searchParams.get('from'));
  const zoomed = new URL(page.url());
  const span =
    Date.parse(zoomed.searchParams.get('to') ?? '') - Date.parse(zoomed.searchParams.get('from') ?? '');
  expect(span).toBeLessThan(3_600_000);
});

test('the overview is the landing page and its figures open grids with the same totals', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /Time range/ }).click();
  await page.getByRole('button', { name: 'Last 7 days' }).click();
  await expect(page).toHaveURL(/from=now-7d/);
  const figure = page.locator('[data-figure="failed-sign-ins"]');
  await expect(figure).toBeVisible();
  await expectNoAxeViolations(page);
  const count = Number(await figure.getAttribute('data-count'));
  expect(count).toBeGreaterThan(0);
  await figure.click();
  await expect(page).toHaveURL(/\/audit\/authentication\?q=event%3Afailure/);
  await settled(page);
  await expect.poll(() => totalCount(page)).toBe(count);

  // and a top list item
  await page.goBack();
  const item = page.getByRole('region', { name: 'Most-denied paths' }).getByRole('link').first();
  const itemCount = Number(await item.getAttribute('data-count'));
  await item.click();
  await expect(page).toHaveURL(/\/audit\/authorisation\?q=path/);
  await settled(page);
  await expect.poll(() => totalCount(page)).toBe(itemCount);
});

test('the overview compares a day with the same day a week earlier, and the previous period on request', async ({
  page,
}) => {
  await page.goto('/overview');
  const intro = page.getByRole('main').getByText(/against the same window a week earlier/);
  await expect(intro).toBeVisible();
  const failed = page.getByRole('region', { name: 'Failed sign-ins', exact: true });
  await expect(failed).toContainText('vs a week earlier');
  const compare = page.getByRole('group', { name: 'Compare with' });
  await expect(compare.getByRole('button', { name: 'A week earlier' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await compare.getByRole('button', { name: 'Previous period' }).click();
  await expect(page).toHaveURL(/compare=previous/);
  await expect(
    page.getByRole('main').getByText(/against the period of the same length before it/),
  ).toBeVisible();
  await expect(failed).toContainText('vs previous period');
  await expectNoAxeViolations(page);

  // the choice is in the link: a reload keeps it, and Back returns to a week earlier
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Compare with' }).getByRole('button', { name: 'Previous period' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page).not.toHaveURL(/compare=/);
  await expect(intro).toBeVisible();
});

test('live tail adds new records on top, once each, and Pause stops it', async ({ page }) => {
  await mockBeforeLoad(page, { records: TEST_RECORDS, liveRate: 600 });
  await page.goto('/audit/authentication');
  await settled(page);
  const before = await totalCount(page);
  await page.getByRole('switch', { name: 'Live' }).check();
  await expect.poll(() => totalCount(page), { timeout: 15_000 }).toBeGreaterThan(before + 3);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  // nothing is in flight after a pause: the count holds still
  const paused = await totalCount(page);
  await page.waitForTimeout(2500);
  expect(await totalCount(page)).toBe(paused);
  // the rows on screen are each one record, newest first
  const ids = await dataRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-record-id')));
  expect(new Set(ids).size).toBe(ids.length);
  const times = await dataRows(page).evaluateAll((rows) =>
    rows.map((r) => r.querySelector('[role=gridcell]')?.textContent ?? ''),
  );
  expect([...times].sort().reverse()).toEqual(times);
  // the histogram, up to the last record shown, counts exactly the grid's records: none twice, none missed
  await expect.poll(() => histogramTotal(page)).toBe(paused);
});
