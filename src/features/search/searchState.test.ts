import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPath } from '../../api/client';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../api/schemas/search';
import { streamContracts } from '../../api/streams';
import { parseTimeBound } from '../../api/timeBounds';
import { MAX_QUERY_LENGTH } from '../../api/query/types';
import {
  DEFAULT_FROM,
  defaultSearchState,
  printSort,
  readSearchParams,
  toRecordsParams,
  writeSearchParams,
  type SearchState,
} from './searchState';

const contract = streamContracts.authentication;
const NOW = Date.UTC(2026, 10, 24, 15, 30, 0);
const HOUR = 3_600_000;

function read(query: string) {
  return readSearchParams(new URLSearchParams(query), contract, NOW);
}

const DEFAULTS: SearchState = {
  q: '',
  from: 'now-24h',
  to: null,
  sort: { field: 'time', desc: true },
  limit: 100,
  record: null,
};

describe('defaultSearchState', () => {
  it('is the last 24 hours, newest first, 100 a page', () => {
    expect(DEFAULT_FROM).toBe('now-24h');
    expect(DEFAULT_PAGE_SIZE).toBe(100);
    expect(defaultSearchState(contract)).toEqual(DEFAULTS);
  });
});

describe('readSearchParams', () => {
  it('gives the defaults, without notices, for an empty URL', () => {
    expect(read('')).toEqual({ state: DEFAULTS, notices: [] });
  });

  it('reads every parameter', () => {
    const { state, notices } = read(
      'q=stage%3Amfa+-event%3Asuccess&from=2026-11-01T00%3A00%3A00Z&to=now-1h&sort=email&limit=50&record=auth-42',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      q: 'stage:mfa -event:success',
      from: '2026-11-01T00:00:00Z',
      to: 'now-1h',
      sort: { field: 'email', desc: false },
      limit: 50,
      record: 'auth-42',
    });
  });

  it('reads a descending sort and the page-size bounds', () => {
    expect(read('sort=-stage').state.sort).toEqual({ field: 'stage', desc: true });
    expect(read('sort=time').state.sort).toEqual({ field: 'time', desc: false });
    expect(read('limit=1').state.limit).toBe(1);
    expect(read(`limit=${MAX_PAGE_SIZE}`).state.limit).toBe(1000);
  });

  it('reads from=all as all time', () => {
    const { state, notices } = read('from=all');
    expect(notices).toEqual([]);
    expect(state.from).toBeNull();
    expect(state.to).toBeNull();
  });

  it('keeps a query of exactly the maximum length', () => {
    const q = 'a'.repeat(MAX_QUERY_LENGTH);
    const { state, notices } = read(new URLSearchParams({ q }).toString());
    expect(notices).toEqual([]);
    expect(state.q).toBe(q);
  });

  describe('falls back to the default, with a notice, when a value cannot be used', () => {
    it('an unknown sort field', () => {
      const { state, notices } = read('sort=-password');
      expect(state.sort).toEqual({ field: 'time', desc: true });
      expect(notices).toEqual(['Can\'t sort by "password"; sorted by time instead.']);
    });

    it('a field that exists but is not sortable', () => {
      const { state, notices } = read('sort=id');
      expect(state.sort).toEqual(DEFAULTS.sort);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toContain('"id"');
    });

    it('a start after the end', () => {
      const { state, notices } = read('from=2026-11-20T00:00:00Z&to=2026-11-10T00:00:00Z');
      expect(state.from).toBe('now-24h');
      expect(state.to).toBeNull();
      expect(notices).toEqual(['The start of the time range was after its end; showing the last 24 hours.']);
    });

    it('a relative start after an absolute end', () => {
      const { state, notices } = read('from=now-1h&to=2026-11-24T12:00:00Z');
      expect(state.from).toBe('now-24h');
      expect(state.to).toBeNull();
      expect(notices).toHaveLength(1);
    });

    it('an impossible date', () => {
      const { state, notices } = read('from=2026-02-30');
      expect(state.from).toBe('now-24h');
      expect(notices).toEqual(['"2026-02-30" is not a valid start time; showing the last 24 hours.']);
    });

    it('a garbage start', () => {
      const { state, notices } = read('from=last+tuesday');
      expect(state.from).toBe('now-24h');
      expect(notices).toEqual(['"last tuesday" is not a valid start time; showing the last 24 hours.']);
    });

    it('a garbage end drops the whole range, start included', () => {
      const { state, notices } = read('from=now-7d&to=banana');
      expect(state.from).toBe('now-24h');
      expect(state.to).toBeNull();
      expect(notices).toEqual(['"banana" is not a valid end time; showing the last 24 hours.']);
    });

    it('a relative start too far back to be written as an ISO instant', () => {
      const { state, notices } = read('from=now-999999d');
      expect(state.from).toBe('now-24h');
      expect(notices).toEqual(['"now-999999d" is not a valid start time; showing the last 24 hours.']);
    });

    it('a bad start and a bad end give a notice each', () => {
      expect(read('from=x&to=2026-13-01').notices).toHaveLength(2);
    });

    it.each(['1e9', '0', '-5', '1001', '20.5', 'abc', ''])('limit=%s', (limit) => {
      const { state, notices } = read(`limit=${limit}`);
      expect(state.limit).toBe(100);
      expect(notices).toEqual([`Page size "${limit}" is out of range (1–1000); using 100.`]);
    });

    it('a 10,000-character query, which is not run', () => {
      const { state, notices } = read(new URLSearchParams({ q: 'x'.repeat(10_000) }).toString());
      expect(state.q).toBe('');
      expect(notices).toEqual([
        'The query in the link is 10,000 characters long; the limit is 2,000. It was not run.',
      ]);
    });

    it('only the bad values: the others are kept', () => {
      const { state, notices } = read('q=event%3Afailure&sort=nope&limit=50&from=now-7d');
      expect(notices).toHaveLength(1);
      expect(state).toEqual({ ...DEFAULTS, q: 'event:failure', limit: 50, from: 'now-7d' });
    });
  });
});

describe('writeSearchParams', () => {
  it('writes nothing for the defaults', () => {
    expect(writeSearchParams(defaultSearchState(contract), contract).toString()).toBe('');
  });

  it('writes only what differs from the defaults', () => {
    expect(writeSearchParams({ ...DEFAULTS, limit: 50 }, contract).toString()).toBe('limit=50');
    expect(
      writeSearchParams({ ...DEFAULTS, sort: { field: 'time', desc: false } }, contract).toString(),
    ).toBe('sort=time');
    expect(writeSearchParams({ ...DEFAULTS, from: null }, contract).toString()).toBe('from=all');
    expect(writeSearchParams({ ...DEFAULTS, q: 'stage:mfa', record: 'auth-7' }, contract).toString()).toBe(
      'q=stage%3Amfa&record=auth-7',
    );
  });

  it('round-trips a full state', () => {
    const state: SearchState = {
      q: 'email:"bob smith"* OR -event:success',
      from: '2026-11-01',
      to: 'now-5m',
      sort: { field: 'login_org_name', desc: true },
      limit: 1000,
      record: 'auth-1&2=3',
    };
    expect(readSearchParams(writeSearchParams(state, contract), contract, NOW)).toEqual({
      state,
      notices: [],
    });
  });
});

// --- property: every valid state survives a trip through the URL ---

const relativeBound = fc.oneof(
  fc.constant('now'),
  fc.constant('now-24h'),
  fc
    .tuple(fc.integer({ min: 0, max: 99_999 }), fc.constantFrom('s', 'm', 'h', 'd', 'w'))
    .map(([n, unit]) => `now-${n}${unit}`),
);
const isoBound = fc.oneof(
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
const bound = fc.oneof(relativeBound, isoBound);
const ms = (b: string) => parseTimeBound(b, NOW) ?? NaN;

const range = fc
  .tuple(fc.option(bound, { nil: null }), fc.option(bound, { nil: null }))
  .map(([from, to]): [string | null, string | null] =>
    from !== null && to !== null && ms(from) > ms(to) ? [to, from] : [from, to],
  );

const validState: fc.Arbitrary<SearchState> = fc
  .record({
    q: fc.string({ unit: 'grapheme', maxLength: 300 }),
    range,
    sortField: fc.constantFrom(...contract.sortable),
    desc: fc.boolean(),
    limit: fc.integer({ min: 1, max: MAX_PAGE_SIZE }),
    record: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
  })
  .map(({ q, range: [from, to], sortField, desc, limit, record }) => ({
    q,
    from,
    to,
    sort: { field: sortField, desc },
    limit,
    record,
  }));

describe('writeSearchParams / readSearchParams (property)', () => {
  it('readSearchParams(writeSearchParams(s)) is s, without notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const url = writeSearchParams(state, contract).toString();
        expect(readSearchParams(new URLSearchParams(url), contract, NOW)).toEqual({ state, notices: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never writes a default value', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const params = writeSearchParams(state, contract);
        expect(params.get('from')).not.toBe(DEFAULT_FROM);
        expect(params.get('sort')).not.toBe(printSort(DEFAULTS.sort));
        expect(params.get('limit')).not.toBe(String(DEFAULT_PAGE_SIZE));
        expect(params.get('q')).not.toBe('');
        for (const key of params.keys())
          expect(['q', 'from', 'to', 'sort', 'limit', 'record']).toContain(key);
      }),
      { numRuns: 200 },
    );
  });
});

describe('toRecordsParams', () => {
  it('pins now-24h to the given now and leaves out a null end', () => {
    const params = toRecordsParams(defaultSearchState(contract), NOW);
    expect(params).toEqual({
      q: undefined,
      from: '2026-11-23T15:30:00.000Z',
      to: undefined,
      sort: '-time',
      limit: 100,
    });
    expect(buildPath('/audit/authentication/records', { ...params })).toBe(
      '/audit/authentication/records?from=2026-11-23T15%3A30%3A00.000Z&sort=-time&limit=100',
    );
  });

  it('pins both ends, relative and absolute, and sends the query and sort', () => {
    const params = toRecordsParams(
      {
        q: 'stage:mfa',
        from: '2026-11-01',
        to: 'now-90m',
        sort: { field: 'email', desc: false },
        limit: 50,
        record: 'auth-1',
      },
      NOW,
    );
    expect(params).toEqual({
      q: 'stage:mfa',
      from: '2026-11-01T00:00:00.000Z',
      to: new Date(NOW - 1.5 * HOUR).toISOString(),
      sort: 'email',
      limit: 50,
    });
    expect(params.to).toBe('2026-11-24T14:00:00.000Z');
  });

  it('sends no start for all time', () => {
    const params = toRecordsParams({ ...DEFAULTS, from: null }, NOW);
    expect(params.from).toBeUndefined();
    expect(params.to).toBeUndefined();
  });

  it('moves with now', () => {
    const a = toRecordsParams(DEFAULTS, NOW);
    const b = toRecordsParams(DEFAULTS, NOW + HOUR);
    expect(Date.parse(b.from ?? '') - Date.parse(a.from ?? '')).toBe(HOUR);
  });
});
