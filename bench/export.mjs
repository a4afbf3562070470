// B6: CSV export of every record: time to the file, the longest main-thread task meanwhile,
// and how fast Cancel answers.
import { round } from './stats.mjs';

const dialog = (page) => page.getByRole('dialog', { name: /^Export/ });

async function openDialog(page) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const box = dialog(page);
  await box.getByRole('radio', { name: 'CSV' }).check();
  await box.getByText(/records will be written/).waitFor({ timeout: 120_000 });
  return box;
}

function watchLongTasks(page) {
  return page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Exports what the page's grid shows; `page` must be settled on its search. */
export async function benchExport(page, records) {
  let box = await openDialog(page);
  await watchLongTasks(page);
  const started = Date.now();
  const downloading = page.waitForEvent('download', { timeout: 600_000 });
  await box.getByRole('button', { name: 'Start export' }).click();
  const download = await downloading;
  const ms = Date.now() - started;
  await download.delete();
  const longestTaskMs = await page.evaluate(() => window.__longest);
  await page.keyboard.press('Escape');
  await dialog(page).waitFor({ state: 'hidden' });

  // Cancel, once the export is well under way
  box = await openDialog(page);
  await box.getByRole('button', { name: 'Start export' }).click();
  await box.getByText(/[1-9][\d,]* of [\d,]+ records written/).waitFor({ timeout: 60_000 });
  const latency = page.evaluate(
    () =>
      new Promise((resolve) => {
        let clicked = 0;
        document.addEventListener('click', () => (clicked = performance.now()), {
          capture: true,
          once: true,
        });
        new MutationObserver((_, observer) => {
          if (clicked && document.body.textContent?.includes('Export cancelled')) {
            observer.disconnect();
            resolve(performance.now() - clicked);
          }
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  await box.getByRole('button', { name: 'Cancel' }).click();
  const cancelMs = await latency;
  await page.keyboard.press('Escape');
  return { records, ms, longestTaskMs: round(longestTaskMs), cancelMs: round(cancelMs) };
}
