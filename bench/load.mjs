// B3: cold load of the production build (demo data) to the first rows of the landing grid.
import { median, round } from './stats.mjs';
import { launch } from './page.mjs';

const RUNS = 9;

export async function benchColdLoad(baseURL) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    // a new browser each time: no HTTP cache, no service worker, nothing compiled
    const browser = await launch();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="grid"] [role="gridcell"]')) {
          observer.disconnect();
          window.__firstRows = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseURL}/audit/authentication`);
    await page.waitForFunction(() => window.__firstRows !== undefined, null, { timeout: 120_000 });
    samples.push(await page.evaluate(() => window.__firstRows));
    await browser.close();
  }
  return { runs: RUNS, firstRowsMs: round(median(samples)), samplesMs: samples.map((s) => round(s)) };
}
