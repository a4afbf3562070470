import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type RecordsParams } from '../../api/schemas/search';
import type { AuditRecord, StreamContract } from '../../api/streams';
import { parseTimeBound } from '../../api/timeBounds';
import { MAX_QUERY_LENGTH } from '../../api/query/types';
import { formatCount } from '../../api/formatCount';
import { parseSort, printSort, type Sort } from '../../api/sort';
import { ALL_TIME } from '../../lib/links';

export { printSort };

/** Everything a search shows; the URL holds it, with defaults left out. */
export interface SearchState {
  q: string;
  /** `now-24h` style, an ISO instant, or null for "all time" */
  from: string | null;
  /** null means "now" */
  to: string | null;
  sort: Sort;
  limit: number;
  /** id of the record open in the drawer */
  record: string | null;
}

export const DEFAULT_FROM = 'now-24h';

export function defaultSearchState(contract: StreamContract<AuditRecord>): SearchState {
  return {
    q: '',
    from: DEFAULT_FROM,
    to: null,
    sort: parseSort(contract.defaultSort),
    limit: DEFAULT_PAGE_SIZE,
    record: null,
  };
}

/** Reads a URL; a value that can't be used falls back to its default with a notice saying so. */
export function readSearchParams(
  params: URLSearchParams,
  contract: StreamContract<AuditRecord>,
  now = Date.now(),
): { state: SearchState; notices: string[] } {
  const state = defaultSearchState(contract);
  const notices: string[] = [];

  const q = params.get('q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) {
    notices.push(
      `The query in the link is ${formatCount(q.length)} characters long; the limit is ${formatCount(MAX_QUERY_LENGTH)}. It was not run.`,
    );
  } else state.q = q;

  const sort = params.get('sort');
  if (sort !== null) {
    const parsed = parseSort(sort);
    if ((contract.sortable as readonly string[]).includes(parsed.field)) state.sort = parsed;
    else
      notices.push(
        `Can't sort by "${parsed.field}"; sorted by ${parseSort(contract.defaultSort).field} instead.`,
      );
  }

  const from = params.get('from');
  const to = params.get('to');
  let fromMs: number | null = null;
  let toMs: number | null = null;
  let rangeOk = true;
  if (from !== null && from !== ALL_TIME) {
    fromMs = parseTimeBound(from, now);
    if (fromMs === null) {
      notices.push(`"${from}" is not a valid start time; showing the last 24 hours.`);
      rangeOk = false;
    }
  }
  if (to !== null) {
    toMs = parseTimeBound(to, now);
    if (toMs === null) {
      notices.push(`"${to}" is not a valid end time; showing the last 24 hours.`);
      rangeOk = false;
    }
  }
  // a `to` alone is checked against the default start too: `?to=2020-01-01` must not make an empty, invalid range
  if (rangeOk && from === null && toMs !== null) fromMs = parseTimeBound(DEFAULT_FROM, now);
  if (rangeOk && fromMs !== null && toMs !== null && fromMs > toMs) {
    notices.push('The start of the time range was after its end; showing the last 24 hours.');
    rangeOk = false;
  }
  if (rangeOk) {
    state.from = from === ALL_TIME ? null : (from ?? DEFAULT_FROM);
    state.to = to;
  }

  const limit = params.get('limit');
  if (limit !== null) {
    const n = Number(limit);
    if (Number.isInteger(n) && n >= 1 && n <= MAX_PAGE_SIZE) state.limit = n;
    else
      notices.push(`Page size "${limit}" is out of range (1–${MAX_PAGE_SIZE}); using ${DEFAULT_PAGE_SIZE}.`);
  }

  state.record = params.get('record');
  return { state, notices };
}

export function writeSearchParams(
  state: SearchState,
  contract: StreamContract<AuditRecord>,
): URLSearchParams {
  const d = defaultSearchState(contract);
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.from !== d.from) params.set('from', state.from ?? ALL_TIME);
  if (state.to) params.set('to', state.to);
  if (printSort(state.sort) !== printSort(d.sort)) params.set('sort', printSort(state.sort));
  if (state.limit !== d.limit) params.set('limit', String(state.limit));
  if (state.record) params.set('record', state.record);
  return params;
}

/** The API request for a search, with relative times pinned to `now` so that paging is stable. */
export function toRecordsParams(state: SearchState, now: number): RecordsParams {
  const iso = (bound: string | null) => {
    if (bound === null) return undefined;
    const ms = parseTimeBound(bound, now);
    return ms === null ? undefined : new Date(ms).toISOString();
  };
  return {
    q: state.q || undefined,
    from: iso(state.from),
    to: iso(state.to),
    sort: printSort(state.sort),
    limit: state.limit,
  };
}
