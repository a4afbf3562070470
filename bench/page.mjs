// Opening the console in a fresh browser context with the mock sized for a measurement.
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A new context (cold cache, no service worker yet) with the mock's switches set before load. */
export async function openConsole(browser, baseURL, path, mock) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  await context.addInitScript((value) => {
    if (sessionStorage.getItem('bench-mock')) return;
    sessionStorage.setItem('bench-mock', '1');
    localStorage.setItem('audit-console.mock', JSON.stringify(value));
  }, mock);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

export const rows = (page) =>
  page
    .getByRole('grid', { name: /records$/ })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });

/** Waits until the grid shows rows of the search `q` (the status carries `q|done` when settled). */
export async function waitForSearch(page, q, timeout = 300_000) {
  await page.locator(`[data-search="${q.replace(/"/g, '\\"')}|done"]`).waitFor({ timeout });
  await rows(page).first().waitFor({ timeout });
}
