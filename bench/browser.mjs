// The browser part of `npm run bench`: production build of the demo, headless Chromium, figures
// B1–B7 against the targets README's Performance section lists. BENCH_SKIP_1M=1 leaves out the
// million-record figures.
import { spawn, execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { firstRouteFiles, LANDING_ROUTE } from './bundle.mjs';
import { launch, openConsole, waitForSearch } from './page.mjs';
import { benchSearch } from './search.mjs';
import { benchColdLoad } from './load.mjs';
import { benchScroll } from './scroll.mjs';
import { benchExport } from './export.mjs';
import { heapMB } from './heap.mjs';
import { round } from './stats.mjs';
import { startStaticHost } from './host.mjs';
import { resolveConfig } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const baseURL = `http://localhost:${PORT}`;
/** `vite preview`, for B3 as README's `npm run preview` serves it (see bench/host.mjs) */
const PREVIEW_PORT = PORT + 1;
const isolated = (process.env.BENCH_ISOLATED ?? '1') === '1';

function gzipKB(files) {
  return round(files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1000);
}

async function refuseBusy(url) {
  const taken = await fetch(url).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`${url} already answers: stop that server or set BENCH_PORT`);
}

/** The build served as a static host serves it, with the headers of `vite preview`. */
async function startHost() {
  await refuseBusy(baseURL);
  process.env.BENCH_ISOLATED = isolated ? '1' : '0';
  const config = await resolveConfig({}, 'serve', 'production');
  return startStaticHost('dist', PORT, config.preview.headers ?? {});
}

async function startPreview() {
  const url = `http://localhost:${PREVIEW_PORT}`;
  await refuseBusy(url);
  // its own process group, so that stopping it stops vite too (not just npx): a server left
  // behind would answer the next run with its old headers
  const server = spawn('npx', ['vite', 'preview', '--port', String(PREVIEW_PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, BENCH_ISOLATED: isolated ? '1' : '0' },
  });
  server.stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { server, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.stop();
  throw new Error(`vite preview did not start on ${url}`);
}

/** The figures `wanted` (by name: b1 … b7; B4 always), and their table rows: figure, value, target. */
export async function benchBrowser(log, wanted) {
  const skipMillion = process.env.BENCH_SKIP_1M === '1' || !['b2', 'b6', 'b7'].some(wanted);
  log('building');
  execSync('npx vite build', { stdio: 'ignore' });
  const bundle = {
    landingRoute: LANDING_ROUTE,
    firstRouteGzipKB: gzipKB(firstRouteFiles()),
    streamRouteGzipKB: gzipKB(firstRouteFiles('dist', 'src/features/streams/StreamRoute.tsx')),
  };

  const server = await startHost();
  const results = { bundle };
  try {
    const browser = await launch();
    if (wanted('b1')) {
      log('B1 search on 100,000 records');
      results.b1 = await benchSearch(browser, baseURL, 100_000);
    }
    if (wanted('b5')) {
      log('B5 scrolling 100,000 results');
      results.b5 = await benchScroll(browser, baseURL, 100_000);
    }
    if (wanted('b6')) {
      log('B6 export of 100,000 records');
      const { context, page } = await openConsole(browser, baseURL, '/audit/authentication?from=all', {
        records: 100_000,
      });
      await waitForSearch(page, '', 600_000);
      results.b6_100k = await benchExport(page, 100_000);
      await context.close();
    }
    await browser.close();
    if (wanted('b3')) {
      log('B3 cold load');
      results.b3 = await benchColdLoad(baseURL);
      log('B3 cold load from vite preview');
      const preview = await startPreview();
      try {
        results.b3_preview = await benchColdLoad(preview.url);
      } finally {
        preview.server.stop();
      }
    }

    if (!skipMillion) {
      const million = await launch();
      log('B7 heap with 1,000,000 records');
      {
        const { context, page } = await openConsole(million, baseURL, '/audit/authentication?from=all', {
          records: 1_000_000,
        });
        await waitForSearch(page, '', 900_000);
        results.b7 = { records: 1_000_000, heapMB: await heapMB(page) };
        log('B6 export of 1,000,000 records');
        results.b6_1m = await benchExport(page, 1_000_000);
        await context.close();
      }
      log('B2 search on 1,000,000 records');
      results.b2 = await benchSearch(million, baseURL, 1_000_000);
      await million.close();
    }
  } finally {
    server.stop();
  }

  const rows = [
    ['B1 typed → rows, 100k (median ms)', results.b1?.typedToRowsMs, '≤ 100'],
    ['B1 engine filter ÷ bare filter, 100k', results.b1?.ratioEngine, '≤ 3'],
    ['B1 typed → rows ÷ bare filter, 100k', results.b1?.ratioTypedToRows, '≤ 3'],
    ['B2 typed → rows, 1M (median ms)', results.b2?.typedToRowsMs, '≤ 600'],
    ['B2 engine filter ÷ bare filter, 1M', results.b2?.ratioEngine, '≤ 3'],
    ['B3 cold load → first rows (median ms)', results.b3?.firstRowsMs, '≤ 1000'],
    ['B3 the same from vite preview (median ms)', results.b3_preview?.firstRowsMs, '(info)'],
    [`B4 landing route initial JS (gzip kB)`, bundle.firstRouteGzipKB, '≤ 250'],
    ['B4 stream route initial JS (gzip kB)', bundle.streamRouteGzipKB, '(info)'],
    ['B5 most rows in the DOM, 100k', results.b5?.maxRowsInDom, '< 100'],
    ['B5 frame time p95 (ms)', results.b5?.frameP95Ms, '≤ 16.7'],
    ['B6 CSV export 100k (ms)', results.b6_100k?.ms, '≤ 2000'],
    ['B6 longest task, 100k export (ms)', results.b6_100k?.longestTaskMs, '≤ 200'],
    ['B6 Cancel → cancelled, 100k (ms)', results.b6_100k?.cancelMs, '≤ 200'],
    ['B6 CSV export 1M (ms)', results.b6_1m?.ms, '≤ 20000'],
    ['B6 longest task, 1M export (ms)', results.b6_1m?.longestTaskMs, '≤ 200'],
    ['B6 Cancel → cancelled, 1M (ms)', results.b6_1m?.cancelMs, '≤ 200'],
    ['B7 JS heap, 1M records (MB)', results.b7?.heapMB, '≤ 400'],
  ];
  return { results, rows };
}
