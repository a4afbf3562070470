// `npm run bench`: the browser figures B1–B7 (bench/browser.mjs) and the server figures
// (bench/server/), each against the targets README's Performance section lists, printed as a
// table and written to bench/results.json. BENCH_ONLY=b1,b5 or BENCH_ONLY=server runs just those;
// figures not run this time keep their last values in results.json. BENCH_SKIP_1M=1 leaves out
// the browser's million-record figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchBrowser } from './browser.mjs';
import { benchServer, serverRows } from './server/index.mjs';

const RESULTS = new URL('./results.json', import.meta.url);
const BROWSER_FIGURES = ['b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7'];

const only = process.env.BENCH_ONLY?.split(',');
/** BENCH_ONLY=b1,b5 runs just those, for working on one figure */
const wanted = (figure) => !only || only.includes(figure);

function log(step) {
  process.stdout.write(`… ${step}\n`);
}

const met = (value, target) => {
  const m = /^(≤|<|≥) ([\d.]+)$/.exec(target);
  if (value === undefined || value === null || !m) return '';
  const bound = Number(m[2]);
  const ok = m[1] === '≤' ? value <= bound : m[1] === '≥' ? value >= bound : value < bound;
  return ok ? 'met' : 'MISSED';
};

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? ''}`.trim();
let results = previous;

if (BROWSER_FIGURES.some(wanted)) {
  const browser = await benchBrowser(log, wanted);
  results = { date: new Date().toISOString(), machine, ...browser.results, server: previous.server };
  console.log(`\n${machine}\n`);
  console.log(`${'figure'.padEnd(42)} ${'value'.padStart(9)}  ${'target'.padEnd(8)} `);
  for (const [name, value, target] of browser.rows)
    console.log(
      `${name.padEnd(42)} ${String(value ?? '–').padStart(9)}  ${target.padEnd(8)} ${met(value, target)}`,
    );
  results.table = browser.rows.map(([figure, value, target]) => ({
    figure,
    value: value ?? null,
    target,
    status: met(value, target),
  }));
}

if (wanted('server')) {
  const server = await benchServer(log);
  // a store left out this time (BENCH_SERVER_STORES) keeps its last figures
  for (const store of ['pglite', 'postgres', 'clickhouse'])
    if (server[store]?.skipped === 'BENCH_SERVER_STORES' && previous.server?.[store])
      server[store] = previous.server[store];
  const rows = serverRows(server);
  console.log(`\n${machine}, ${server.recordsPerStream.toLocaleString('en')} records per stream\n`);
  console.log(
    `${'figure'.padEnd(66)} ${'value'.padStart(9)} ${'baseline'.padStart(9)} ${'×'.padStart(6)}  target`,
  );
  for (const [name, value, baseline, target] of rows) {
    const ratio = baseline ? `${Math.round((baseline / value) * 10) / 10}×` : '';
    console.log(
      `${name.padEnd(66)} ${String(value ?? '–').padStart(9)} ${String(baseline ?? '').padStart(9)} ${ratio.padStart(6)}  ${target.padEnd(8)} ${met(value, target)}`,
    );
  }
  results = {
    ...results,
    server: {
      machine,
      ...server,
      table: rows.map(([figure, value, baseline, target]) => ({
        figure,
        value: value ?? null,
        baseline: baseline ?? null,
        target,
        status: met(value, target),
      })),
    },
  };
}

writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/results.json');
