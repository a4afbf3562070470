// B5: rows in the DOM and frame times while scrolling through 100,000 results.
import { percentile, round } from './stats.mjs';
import { openConsole, waitForSearch } from './page.mjs';

export async function benchScroll(browser, baseURL, records) {
  const { context, page } = await openConsole(browser, baseURL, '/audit/authentication?from=all', {
    records,
  });
  await waitForSearch(page, '', 600_000);
  await page.evaluate(() => {
    const state = { frames: [], maxRows: 0, last: performance.now(), running: true };
    window.__scroll = state;
    const tick = (now) => {
      state.frames.push(now - state.last);
      state.last = now;
      state.maxRows = Math.max(state.maxRows, document.querySelectorAll('[role="grid"] [role="row"]').length);
      if (state.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const grid = page.getByRole('grid', { name: /records$/ });
  const box = await grid.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // a fast spin of the wheel, about 1,000 rows down, paging in as it goes
  for (let i = 0; i < 300; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  const result = await page.evaluate(() => {
    const state = window.__scroll;
    state.running = false;
    return { frames: state.frames.slice(5), maxRows: state.maxRows, isolated: window.crossOriginIsolated };
  });
  await context.close();
  return {
    records,
    maxRowsInDom: result.maxRows,
    frames: result.frames.length,
    frameP95Ms: round(percentile(result.frames, 95)),
    frameMedianMs: round(percentile(result.frames, 50)),
    /** frame times are to 5 µs when isolated, else to 100 µs */
    crossOriginIsolated: result.isolated,
  };
}
