// B1/B2: a query typed and submitted → its rows on screen, beside the engine's filter and a
// bare Array.prototype.filter of the same records by the same condition, in the same page.
import { median, round } from './stats.mjs';
import { openConsole, waitForSearch } from './page.mjs';

const RUNS = 7;

/** Time from the Enter that submits `q` to the next frame after its rows are committed. */
async function typedToRows(page, q) {
  const box = page.getByRole('combobox', { name: 'Search' });
  await box.fill(q);
  await box.press('Escape');
  const timing = page.evaluate(
    (query) =>
      new Promise((resolve) => {
        let started = 0;
        const done = `${query}|done`;
        document.addEventListener('keydown', (e) => e.key === 'Enter' && (started = performance.now()), {
          capture: true,
          once: true,
        });
        new MutationObserver((_, observer) => {
          const status = document.querySelector('[data-search]');
          if (!started || status?.getAttribute('data-search') !== done) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-search'] });
      }),
    q,
  );
  await page.waitForTimeout(50);
  await box.press('Enter');
  const ms = await timing;
  await waitForSearch(page, q);
  return ms;
}

export async function benchSearch(browser, baseURL, records) {
  const { context, page } = await openConsole(browser, baseURL, '/audit/authentication?from=all', {
    records,
  });
  await waitForSearch(page, '', 600_000);
  await page.evaluate(() => window.auditMock.bench.prepare('authentication'));
  // each run a different condition, so neither the mock's nor the console's cache answers
  const stages = [
    'password',
    'mfa',
    'identify',
    'authorize',
    'token_issue',
    'login_start',
    'upstream_login',
    'token_refresh',
  ];
  const pairs = ['success', 'failure', 'started'].flatMap((event) =>
    stages.map((stage) => ({ stage, event })),
  );
  const ui = [];
  const engine = [];
  const bare = [];
  for (const { stage, event } of pairs) {
    const q = `stage:${stage} event:${event}`;
    const inPage = await page.evaluate(
      ({ q, equals }) => ({
        engine: window.auditMock.bench.engineSearch('authentication', q),
        bare: window.auditMock.bench.bareFilter('authentication', equals),
      }),
      { q, equals: { stage, event } },
    );
    if (inPage.engine.hits !== inPage.bare.hits)
      throw new Error(`${q}: the engine found ${inPage.engine.hits}, the bare filter ${inPage.bare.hits}`);
    if (inPage.engine.hits === 0) continue;
    engine.push(inPage.engine.ms);
    bare.push(inPage.bare.ms);
    ui.push(await typedToRows(page, q));
    if (ui.length >= RUNS) break;
  }
  await context.close();
  const result = {
    records,
    runs: ui.length,
    typedToRowsMs: round(median(ui)),
    engineFilterMs: round(median(engine), 2),
    bareFilterMs: round(median(bare), 2),
  };
  result.ratioTypedToRows = round(result.typedToRowsMs / result.bareFilterMs);
  result.ratioEngine = round(result.engineFilterMs / result.bareFilterMs, 2);
  return result;
}
