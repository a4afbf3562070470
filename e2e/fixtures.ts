import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { MockSettings } from '../mocks/settings';

/**
 * Mock switches applied before the app starts, once per test: a reload then keeps what the
 * test (or the console's own controls) changed since, as it would for a user.
 */
export async function mockBeforeLoad(page: Page, settings: MockSettings) {
  await page.addInitScript((value) => {
    const applied = `mock-before-load:${JSON.stringify(value)}`;
    if (sessionStorage.getItem(applied)) return;
    sessionStorage.setItem(applied, '1');
    localStorage.setItem('audit-console.mock', JSON.stringify(value));
  }, settings);
}

/** Changes the mock's switches in a running page (no reload). */
export async function setMock(page: Page, settings: MockSettings) {
  // the console renders before its mock has started: wait for the switches to exist
  await page.waitForFunction(() => window.auditMock !== undefined);
  await page.evaluate((value) => window.auditMock?.set(value), settings);
}

export async function expectNoAxeViolations(page: Page) {
  // Legacy mode runs axe in the page itself; the default opens a blank page to merge frame
  // results, which doubles the time of every check, and the console has no iframes.
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export const grid = (page: Page) => page.getByRole('grid', { name: /records$/ });
/** data rows (the header row is the first row) */
export const dataRows = (page: Page) =>
  grid(page)
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });

/**
 * Opens the first record's drawer from its time cell: the middle of a row may hold a link. The
 * pointer then leaves: on a wide screen the record's panel narrows the page, and a tooltip could
 * open on whatever moved under it (MUI portals tooltips outside every landmark: axe's "region").
 */
export async function openFirstRecord(page: Page): Promise<void> {
  await dataRows(page).first().getByRole('gridcell').first().click();
  await page.mouse.move(0, 0);
}
export const total = (page: Page) => page.getByRole('status').filter({ hasText: /\d[\d,]* records?/ });

export async function totalCount(page: Page): Promise<number> {
  const text = (await total(page).textContent()) ?? '';
  const match = /([\d,]+) records?/.exec(text);
  if (!match?.[1]) throw new Error(`no total in "${text}"`);
  return Number(match[1].replace(/,/g, ''));
}

/** Index of a column by its header text, for reading cells of one column. */
export async function columnValues(page: Page, header: string): Promise<string[]> {
  const headers = await grid(page).getByRole('columnheader').allTextContents();
  const index = headers.findIndex((h) => h.trim() === header);
  if (index < 0) throw new Error(`no column "${header}" in ${headers.join(', ')}`);
  return dataRows(page).evaluateAll(
    (rows, i) => rows.map((row) => row.querySelectorAll('[role="gridcell"]')[i]?.textContent ?? ''),
    index,
  );
}

/** Waits until no request for the grid is in flight and rows (or the empty state) are shown. */
export async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(dataRows(page).first().or(page.getByText('No records match this search'))).toBeVisible();
}

/** Types a query and runs it; unless it is expected to be refused, waits for its results. */
/**
 * Every shown value of a column satisfies `check` (and there is at least one), retried until
 * the rows on screen belong to the latest search.
 */
export async function expectColumn(page: Page, header: string, check: (value: string) => boolean) {
  await expect
    .poll(async () => {
      const values = await columnValues(page, header);
      return values.length > 0 && values.every(check);
    })
    .toBe(true);
}

export async function search(page: Page, query: string, options: { refused?: boolean } = {}) {
  const box = page.getByRole('combobox', { name: 'Search' });
  const before = new URL(page.url()).searchParams.get('q') ?? '';
  await box.fill(query);
  await box.press('Escape');
  await box.press('Enter');
  if (options.refused) return;
  if (query.trim() !== before)
    await expect.poll(() => new URL(page.url()).searchParams.get('q') ?? '').not.toBe(before);
  await settled(page);
}

/** A small store keeps every test's page start fast; specific tests ask for more. */
export const TEST_RECORDS = 10_000;

export const test = base.extend({
  page: async ({ page }, use) => {
    await mockBeforeLoad(page, { records: TEST_RECORDS });
    await use(page);
  },
});
export { expect };
