// Naive baselines on the same tables and the same data, measured in the same run: what a
// straightforward implementation asks without the store's folded copies and trigram index, its
// keyset paging or its hourly rollup. Each figure's statements are the baseline's work for that
// figure; a figure is the median of a few runs (they are slow: that is the point).
import { median, round } from '../stats.mjs';
import { DAY } from './api.mjs';

const RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 3);
const HOUR = 3_600_000;

/** authentication's free-text fields (src/api/streams/authentication.ts): where a bare word is looked for */
const FREE_TEXT = ['email', 'source_ip', 'application_name', 'org_name', 'login_org_name', 'user_agent'];

async function measure(run) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return { ms: round(median(samples)), samplesMs: samples.map((s) => round(s)) };
}

/** `query(sql, params)` runs on the bench's own connection (PGlite opened on the data directory, or pg). */
export async function baselineFigures(query, { word, keyword, newest }) {
  const from = newest - 30 * DAY;
  const figures = {};
  const [field, value] = keyword.split(':');
  for (const [suffix, condition, param] of [
    // lower(column) LIKE: no index serves it, as none serves a plain ILIKE scan
    ['', `(${FREE_TEXT.map((f) => `lower(doc->>'${f}') LIKE $3`).join(' OR ')})`, `%${word.toLowerCase()}%`],
    ['Keyword', `lower(doc->>'${field}') = $3`, value.toLowerCase()],
  ]) {
    const where = `time_ms BETWEEN $1 AND $2 AND ${condition}`;
    const page = (offset) =>
      query(
        `SELECT doc FROM authentication_records WHERE ${where} ORDER BY time_ms DESC, id DESC LIMIT 100 OFFSET ${offset}`,
        [from, newest, param],
      );
    const count = () =>
      query(`SELECT count(*) AS n FROM authentication_records WHERE ${where}`, [from, newest, param]);
    figures[`search${suffix}`] = await measure(async () => {
      await page(0);
      await count();
    });
    figures[`total${suffix}`] = await measure(count);
    figures[`nextPage${suffix}`] = await measure(() => page(100));
  }

  // the store's histogram before the rollup: one GROUP BY over the range's rows
  const interval = 12 * HOUR;
  const first = Math.floor(from / interval) * interval;
  figures.histogram30d = await measure(() =>
    query(
      `SELECT (time_ms - $1) / $2 AS bucket,
              CASE WHEN event_fold IN ('success', 'issued', 'reissued') THEN 0
                   WHEN event_fold IN ('failure', 'user_not_found', 'access_denied', 'timeout') THEN 1
                   WHEN event_fold IN ('started', 'redirect', 'challenge') THEN 2 ELSE 3 END AS band,
              count(*) AS n
         FROM authentication_records WHERE time_ms BETWEEN $3 AND $4 GROUP BY 1, 2`,
      [first, interval, from, newest],
    ),
  );
  figures.facets = await measure(() =>
    query(
      `SELECT doc->>'email' AS value, count(*) AS n FROM authentication_records
        WHERE coalesce(doc->>'email', '') <> '' GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
    ),
  );
  figures.overview24h = await measure(() => naiveOverview(query, newest - DAY, newest));
  return figures;
}

/** The overview's figures (this period and the one before) and top lists, each a scan of its rows. */
async function naiveOverview(query, from, to) {
  const counts = [
    ['authentication_records', `stage_fold = 'token_issue'`],
    ['authentication_records', `event_fold IN ('failure', 'user_not_found', 'access_denied', 'timeout')`],
    ['authorisation_records', `allowed_fold = 'false'`],
    ['authorisation_records', 'TRUE'],
    ['access_records', 'response_code_num >= 500 AND response_code_num < 600'],
    ['access_records', 'TRUE'],
    ['activity_records', `controller_fold IN ('org', 'workgroup-setting')`],
  ];
  const previous = [from - (to - from + 1), from - 1];
  for (const [table, condition] of counts)
    for (const [a, b] of [[from, to], previous])
      await query(`SELECT count(*) AS n FROM ${table} WHERE time_ms BETWEEN $1 AND $2 AND ${condition}`, [
        a,
        b,
      ]);
  const tops = [
    [
      'authentication_records',
      'email',
      `event_fold IN ('failure', 'user_not_found', 'access_denied', 'timeout')`,
    ],
    ['authorisation_records', 'downstream_remote_address', `allowed_fold = 'false'`],
    ['authorisation_records', 'path', `allowed_fold = 'false'`],
    ['activity_records', 'device', 'TRUE'],
  ];
  for (const [table, field, condition] of tops)
    await query(
      `SELECT lower(doc->>'${field}') AS value, count(*) AS n FROM ${table}
        WHERE time_ms BETWEEN $1 AND $2 AND ${condition} AND coalesce(doc->>'${field}', '') <> ''
        GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      [from, to],
    );
}

/**
 * An export by OFFSET pages of 1,000 in the export's order, for at most `budgetMs`: how far it
 * got, and the time each page took at its depth (the last page costs most: it skips the rest).
 */
export async function baselineExport(query, { newest }, budgetMs = 60_000) {
  const from = newest - 31 * DAY;
  const started = performance.now();
  let rows = 0;
  let lastPageMs = 0;
  let finished = false;
  while (!finished && performance.now() - started <= budgetMs) {
    const pageStarted = performance.now();
    const { rows: got } = await query(
      `SELECT doc FROM authentication_records WHERE time_ms BETWEEN $1 AND $2
        ORDER BY time_ms DESC, id DESC LIMIT 1000 OFFSET ${rows}`,
      [from, newest],
    );
    lastPageMs = performance.now() - pageStarted;
    rows += got.length;
    finished = got.length < 1000;
  }
  return {
    rows,
    ms: Math.round(performance.now() - started),
    lastPageMs: round(lastPageMs),
    finished,
    budgetMs,
  };
}
