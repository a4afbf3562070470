/**
 * What the upstream answered: status, latency, sizes and Envoy response flags for each
 * kind of request. Tables rather than formulas, so the mixes are easy to read and tune.
 */
import type { Kind } from './endpoints';
import type { Random } from './random';
import { WeightedTable } from './weighted';

type Table = readonly (readonly [number, number])[];

/** status mixes of requests the authoriser allowed */
const STATUS: Readonly<Record<Kind, Table>> = {
  page: [
    [200, 85],
    [304, 6],
    [302, 3],
    [301, 1],
    [404, 2],
    [400, 0.3],
    [401, 0.3],
    [429, 0.2],
    [500, 0.4],
    [502, 0.3],
    [503, 0.3],
  ],
  asset: [
    [200, 50],
    [304, 46],
    [404, 2],
    [503, 0.1],
  ],
  api: [
    [200, 88],
    [304, 3],
    [204, 2],
    [400, 1.5],
    [401, 0.5],
    [404, 2],
    [409, 0.3],
    [429, 1.2],
    [500, 0.5],
    [502, 0.3],
    [503, 0.4],
  ],
  write: [
    [200, 45],
    [201, 25],
    [204, 20],
    [400, 4],
    [409, 3],
    [404, 1],
    [429, 0.5],
    [500, 0.6],
    [502, 0.2],
    [503, 0.3],
  ],
  delete: [
    [204, 85],
    [200, 5],
    [404, 7],
    [409, 2],
    [500, 0.5],
  ],
  options: [
    [200, 60],
    [204, 40],
  ],
  head: [
    [200, 90],
    [404, 8],
    [304, 2],
  ],
  // WebDAV: Windows' mini-redirector always tries without credentials first
  list: [
    [207, 93],
    [404, 5],
    [401, 1],
    [500, 0.3],
    [503, 0.2],
  ],
  download: [
    [200, 78],
    [206, 16],
    [304, 3],
    [404, 2.5],
    [500, 0.2],
    [503, 0.3],
  ],
  upload: [
    [201, 70],
    [204, 25],
    [409, 2],
    [400, 1],
    [500, 0.5],
    [503, 0.5],
  ],
  lock: [
    [200, 95],
    [409, 3],
    [204, 2],
  ],
  ws: [
    [101, 97],
    [400, 1],
    [502, 1],
    [503, 1],
  ],
  export: [
    [200, 93],
    [400, 2],
    [429, 1.5],
    [500, 1],
    [502, 1],
    [503, 1.5],
  ],
  health: [
    [200, 99],
    [503, 1],
  ],
};

/** [median-ish latency ms, typical response bytes, typical request bytes] */
const SIZE: Readonly<Record<Kind, readonly [number, number, number]>> = {
  page: [40, 30_000, 0],
  asset: [3, 120_000, 0],
  api: [25, 4_000, 0],
  write: [60, 800, 1_500],
  delete: [30, 0, 0],
  options: [2, 0, 0],
  head: [5, 0, 0],
  list: [15, 12_000, 300],
  download: [250, 2_000_000, 0],
  upload: [600, 300, 3_000_000],
  lock: [10, 500, 400],
  ws: [600_000, 5_000_000, 200_000],
  export: [1500, 6_000_000, 0],
  health: [2, 20, 0],
};

const TABLES = Object.fromEntries(
  Object.entries(STATUS).map(([kind, table]) => [kind, new WeightedTable(table)]),
) as Readonly<Record<Kind, WeightedTable<number>>>;

export interface Outcome {
  code: number;
  duration: number;
  sent: number;
  received: number;
  flags: string;
}

/** Pareto multiplier with median ~1.6: most requests are quick, a few take seconds */
function tail(rng: Random, alpha: number): number {
  return Math.pow(1 - rng.next(), -1 / alpha);
}

const FLAGS_503 = ['UF', 'UH', 'UO', ''] as const;

/**
 * Fills `out` (reused to keep a million requests allocation-free). `code` forces a status,
 * e.g. 403 for a denied request or a 5xx for a failing upstream.
 */
export function fillOutcome(rng: Random, kind: Kind, out: Outcome, code?: number): void {
  const status = code ?? TABLES[kind].pick(rng);
  const [latency, response, request] = SIZE[kind];
  out.code = status;
  out.flags = '';
  out.received = request === 0 ? 0 : Math.round(request * tail(rng, 1.2) * 0.4);
  if (status === 101) {
    // a websocket line is written when the session ends: long, and big both ways
    out.duration = Math.round(latency * tail(rng, 1.1) * 0.3);
    out.sent = Math.round(response * tail(rng, 1.1) * 0.3);
    out.received = Math.round(request * tail(rng, 1.1) * 0.3);
    return;
  }
  out.duration = Math.min(120_000, Math.round(latency * tail(rng, 1.5) * 0.6));
  if (status === 204 || status === 304 || status === 101) out.sent = 0;
  else if (status === 301 || status === 302) out.sent = rng.int(0, 220);
  else if (status >= 400 && status < 500) out.sent = rng.int(90, 640);
  else if (status >= 500) out.sent = rng.int(0, 420);
  else out.sent = Math.min(2_000_000_000, Math.round(response * tail(rng, 1.1) * 0.4));
  if (status === 206) out.sent = Math.round(out.sent / 4);
  if (status === 503) {
    out.flags = rng.pick(FLAGS_503);
    // a connection that never came up waits for the connect timeout
    if (out.flags === 'UF') out.duration = rng.int(5000, 10_000);
  } else if (status === 502) {
    out.flags = rng.chance(0.5) ? 'UC' : '';
  } else if (status === 429) {
    out.flags = rng.chance(0.6) ? 'RL' : '';
    out.duration = rng.int(0, 3);
  } else if (kind === 'download' && rng.chance(0.004)) {
    out.flags = 'DC';
  }
}
