// Server figures through the real API over HTTP: each request is timed from fetch() to the last
// byte of its body, so the time includes routing, validation, the store, JSON and the loopback.
// Every run asks something the server has not cached: its totals and facets are kept 15 s per
// (query, range) and (field, prefix, limit), so each run moves `to` back a millisecond (or asks
// one facet more), which changes no plan and next to no count.
import { median, round } from '../stats.mjs';
import { rssMB } from './process.mjs';

export const DAY = 86_400_000;
const RUNS = Number(process.env.BENCH_SERVER_RUNS ?? 9);
const WARMUP = 2;

const iso = (ms) => new Date(ms).toISOString();

async function timed(url) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${response.status} from ${url}: ${body.slice(0, 300)}`);
  return { ms, body };
}

/** Median of RUNS timings after WARMUP untimed runs; `request(run)` gives the URL of a run. */
async function measure(request) {
  const samples = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    const { ms } = await request(run);
    if (run >= WARMUP) samples.push(ms);
  }
  return { ms: round(median(samples)), samplesMs: samples.map((s) => round(s)) };
}

function params(values) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) search.set(k, String(v));
  return search.toString();
}

/** The newest record's instant: the loaded world ends there, however old the cache is. */
export async function newestRecord(base) {
  const { body } = await timed(`${base}/api/v1/audit/authentication/records?limit=1`);
  const page = JSON.parse(body);
  return Date.parse(page.items[0].time);
}

/**
 * The API's figures on the authentication stream (and the overview across all four), over the
 * 30 days that end at the newest record: see README's Performance section for what each asks.
 */
export async function apiFigures(base, { word, keyword, newest }) {
  const api = `${base}/api/v1`;
  const month = (run, back = 0) => ({ from: iso(newest - 30 * DAY), to: iso(newest - back - run) });
  const records = (p) => `${api}/audit/authentication/records?${params(p)}`;
  const figures = {};

  // a bare word (free text: the trigram index) and a field's value (its btree index)
  for (const [suffix, q] of [
    ['', word],
    ['Keyword', keyword],
  ]) {
    figures[`search${suffix}`] = await measure((run) => timed(records({ q, ...month(run), limit: 100 })));
    figures[`total${suffix}`] = await measure((run) => timed(records({ q, ...month(run, 100), limit: 1 })));
    figures[`nextPage${suffix}`] = await measure(async (run) => {
      const first = JSON.parse((await timed(records({ q, ...month(run, 200), limit: 100 }))).body);
      if (first.nextCursor === null) throw new Error(`"${q}" matched one page only: no next page to time`);
      return timed(records({ q, ...month(run, 200), limit: 100, cursor: first.nextCursor }));
    });
  }
  figures.histogram30d = await measure((run) =>
    timed(`${api}/audit/authentication/histogram?${params(month(run, 300))}`),
  );
  figures.facets = await measure((run) =>
    timed(`${api}/audit/authentication/facets?${params({ field: 'email', limit: 10 + run })}`),
  );
  const day = (run, back) => ({ from: iso(newest - back - run - DAY), to: iso(newest - back - run) });
  figures.overview24h = await measure((run) => timed(`${api}/audit/overview?${params(day(run, 400))}`));

  // for information: what the rollup does not answer
  figures.histogram24h = await measure((run) =>
    timed(`${api}/audit/authentication/histogram?${params(day(run, 500))}`),
  );
  figures.histogram30dSearch = await measure((run) =>
    timed(`${api}/audit/authentication/histogram?${params({ q: word, ...month(run, 600) })}`),
  );
  figures.overview30d = await measure((run) => timed(`${api}/audit/overview?${params(month(run, 700))}`));
  return figures;
}

/** The export: a million rows (issue 17), every record up to 1,000,000 a stream (issue 12). */
export const EXPORT_ROWS = 1_000_000;

/**
 * Days back from the newest record that hold about EXPORT_ROWS of a stream's `records`, which the
 * demo world spreads evenly over its 30 days; every record (31 days) when there are no more.
 */
export function exportDays(records) {
  return records <= EXPORT_ROWS ? 31 : (30 * EXPORT_ROWS) / records;
}

/** The last exportDays() as CSV, read to the end; the server's RSS sampled meanwhile. */
export async function exportFigure(base, pid, { newest, records }) {
  const url = `${base}/api/v1/audit/authentication/export?${params({
    format: 'csv',
    from: iso(newest - exportDays(records) * DAY),
    to: iso(newest),
  })}`;
  const rssBeforeMB = rssMB(pid);
  let rssPeakMB = rssBeforeMB;
  const sampler = setInterval(() => (rssPeakMB = Math.max(rssPeakMB, rssMB(pid))), 100);
  const started = performance.now();
  const response = await fetch(url);
  const total = Number(response.headers.get('X-Total-Count'));
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  rssPeakMB = Math.max(rssPeakMB, rssMB(pid));
  return {
    records: total,
    // a header line, and CSV may quote a line break inside a value: an upper bound of the rows
    lines,
    mb: round(bytes / 1e6),
    ms: Math.round(ms),
    rssBeforeMB: round(rssBeforeMB),
    rssPeakMB: round(rssPeakMB),
    rssGrowthMB: round(rssPeakMB - rssBeforeMB),
  };
}
