import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/errors';
import { ExportIncompleteError, fetchExport, recordCounter, type ExportRequest } from '../../src/api/export';
import { listRecords } from '../../src/api/records';
import { activityRecordSchema } from '../../src/api/streams/activity';
import {
  TOTAL_HEADER,
  exportableFields,
  exportFormats,
  type ExportFormat,
} from '../../src/api/schemas/export';
import { streamContracts, type AuditRecord } from '../../src/api/streams';
import { encodeCsvHeader, encodeCsvRow, startsWithFormulaTrigger } from '../../server/engine/csv';
import { loadAppended } from '../../server/engine/persistence';
import { server } from '../node';
import { withMockServer } from '../testing';
import { setMockSettings } from '../settings';
import { memoryStore } from '../store';
import { CHUNK_RECORDS } from '../../server/api/export/body';
import { MIDWAY_FAULT_PATH } from '../faults';

const RECORDS = 3000;
const contract = streamContracts.authentication;
const FIELDS = exportableFields(contract);

withMockServer(RECORDS);

type Search = Pick<ExportRequest, 'q' | 'from' | 'to' | 'sort'>;

async function apiRecords(search: Search): Promise<AuditRecord[]> {
  const items: AuditRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRecords('authentication', { ...search, cursor, limit: 1000 });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}

async function exportText(req: Omit<ExportRequest, 'stream'>): Promise<{ text: string; records: number }> {
  const { blob, records } = await fetchExport({ stream: 'authentication', ...req });
  return { text: await blob.text(), records };
}

/** What a CSV cell holds for a value, once the neutralising apostrophe is taken off. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function fromCsv(text: string, columns: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parse(text, { bom: true }) as string[][];
  expect(header).toEqual(columns);
  return rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i] ?? ''])));
}

function project(record: AuditRecord, columns: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(columns.map((c) => [c, record[c] ?? null]));
}

const times = () => memoryStore.collection('authentication').times;
const instant = fc.integer({ min: 0, max: RECORDS - 1 }).map((i) => new Date(times()[i] ?? 0).toISOString());
const searchArb: fc.Arbitrary<Search> = fc
  .record({
    q: fc.constantFrom(
      '',
      'stage:mfa',
      '-event:success',
      'email:a*',
      'stage:mfa OR stage:password',
      'chrome',
    ),
    range: fc.option(fc.tuple(instant, instant), { nil: undefined }),
    sort: fc.constantFrom(...contract.sortable).chain((f) => fc.constantFrom(f, `-${f}`)),
  })
  .map(({ q, range, sort }) => {
    const [a, b] = range ? [range[0], range[1]].sort() : [undefined, undefined];
    return { q: q || undefined, from: a, to: b, sort };
  });

describe('an export holds exactly what the search matches', () => {
  it('CSV, JSON and NDJSON equal the API records, row for row, in the requested columns', async () => {
    await fc.assert(
      fc.asyncProperty(searchArb, fc.shuffledSubarray(FIELDS, { minLength: 1 }), async (search, columns) => {
        const expected = await apiRecords(search);

        const csv = await exportText({ ...search, format: 'csv', columns });
        expect(csv.records).toBe(expected.length);
        const rows = fromCsv(csv.text, columns);
        expect(rows).toHaveLength(expected.length);
        rows.forEach((row, i) => {
          for (const c of columns) {
            const want = cellText(expected[i]?.[c]);
            const got = row[c] ?? '';
            expect(startsWithFormulaTrigger(got)).toBe(false);
            expect(startsWithFormulaTrigger(want) ? got.replace(/^'/, '') : got).toBe(want);
          }
        });

        const projected = expected.map((r) => project(r, columns));
        const json = await exportText({ ...search, format: 'json', columns });
        expect(JSON.parse(json.text)).toEqual(projected);
        const ndjson = await exportText({ ...search, format: 'ndjson', columns });
        expect(
          ndjson.text
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as unknown),
        ).toEqual(projected);
      }),
      { numRuns: 15 },
    );
  });

  it('writes every field, in the schema order, without columns', async () => {
    const { text, records } = await exportText({ format: 'csv' });
    const rows = fromCsv(text, FIELDS);
    expect(records).toBe(RECORDS);
    expect(rows.map((r) => r.id)).toEqual((await apiRecords({})).map((r) => r.id));
  });

  it('writes a header and no rows when nothing matches, in every format', async () => {
    const q = 'email:"nobody@nowhere.invalid"';
    expect((await exportText({ format: 'csv', q, columns: ['time', 'email'] })).text).toBe('time,email\r\n');
    expect(JSON.parse((await exportText({ format: 'json', q })).text)).toEqual([]);
    expect((await exportText({ format: 'ndjson', q })).text).toBe('');
  });

  it('starts with a byte-order mark when asked', async () => {
    const { blob } = await fetchExport({
      stream: 'authentication',
      format: 'csv',
      columns: ['id'],
      bom: true,
    });
    // Blob.text() would drop the mark: look at the bytes
    const head = new Uint8Array(await blob.slice(0, 5).arrayBuffer());
    expect([...head]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]);
  });

  it('adds a local-time column right after the time field for a zone', async () => {
    const { text } = await exportText({
      format: 'csv',
      q: 'stage:mfa',
      columns: ['email', 'time', 'id'],
      tz: 'Asia/Kathmandu',
    });
    const rows = fromCsv(text, ['email', 'time', 'time_local', 'id']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(row.time_local).toMatch(/\+05:45$/);
      expect(Date.parse(row.time_local ?? '')).toBe(Date.parse(row.time ?? ''));
    }
  });
});

describe('refusals', () => {
  async function refusal(req: Omit<ExportRequest, 'stream'>): Promise<ApiError> {
    const error: unknown = await fetchExport({ stream: 'authentication', ...req }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }

  it.each<[string, Omit<ExportRequest, 'stream'>, string]>([
    ['an unknown column', { format: 'csv', columns: ['time', 'password'] }, 'columns'],
    ['a repeated column', { format: 'csv', columns: ['time', 'time'] }, 'columns'],
    ['an unknown zone', { format: 'csv', tz: 'Mars/Olympus' }, 'tz'],
    ['an unknown format', { format: 'xlsx' as ExportFormat }, 'format'],
    ['a broken query', { format: 'csv', q: '(stage:mfa' }, 'q'],
    ['an unknown sort', { format: 'csv', sort: 'password' }, 'sort'],
  ])('400 for %s, naming the parameter', async (_, req, field) => {
    const error = await refusal(req);
    expect(error.status).toBe(400);
    expect(error.message).toContain(`"${field}"`);
    expect(Object.keys(error.fieldErrors())).toEqual([field]);
  });

  it('names the unknown column', async () => {
    expect((await refusal({ format: 'csv', columns: ['password'] })).message).toContain('password');
  });

  it('403 without the read-audit-logs permission', async () => {
    setMockSettings({ role: 'member' });
    const error = await refusal({ format: 'csv' });
    expect(error.status).toBe(403);
    expect(error.message).toContain('read-audit-logs');
    // nothing exported, and the refused attempt itself is on record
    expect(loadAppended('activity').map(({ record }) => record.action)).toEqual(['request_refused']);
  });

  it.each(['500', 'network'] as const)('a %s fault at the start is an ApiError', async (fault) => {
    setMockSettings({ fault });
    const error = await refusal({ format: 'csv' });
    expect(error.transient).toBe(true);
  });
});

describe('faults and cancel', () => {
  it.each(['500', 'network'] as const)('a %s in the middle rejects: no partial file', async (fault) => {
    setMockSettings({ fault, faultPath: MIDWAY_FAULT_PATH });
    const progress: number[] = [];
    const error: unknown = await fetchExport(
      { stream: 'authentication', format: 'csv' },
      { onProgress: (p) => progress.push(p.written) },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExportIncompleteError);
    const incomplete = error as ExportIncompleteError;
    expect(incomplete.total).toBe(RECORDS);
    expect(incomplete.written).toBe(CHUNK_RECORDS);
    expect(incomplete.message).toMatch(/stopped after 1,000 of 3,000 records.*No file was saved/);
    expect(Math.max(...progress)).toBe(CHUNK_RECORDS);
    const [audit] = loadAppended('activity');
    expect(audit?.record.status).toBe('failed');
  });

  it('cancel rejects with the abort at once, while the body is stalled', async () => {
    // Two records, then a body that holds the rest back until the test lets it go, which it
    // does only once the export has settled: a rejection that waited for the body's next
    // bytes would never come (and the test would time out). No clock decides "at once".
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let resumed = false;
    const bytes = new TextEncoder();
    server.use(
      http.get('*/api/v1/audit/:stream/export', () => {
        let pulls = 0;
        const body = new ReadableStream<Uint8Array>({
          async pull(stream) {
            if (pulls++ === 0) return stream.enqueue(bytes.encode('{"id":"a"}\n{"id":"b"}\n'));
            await released;
            resumed = true;
            stream.enqueue(bytes.encode('{"id":"c"}\n{"id":"d"}\n'));
            stream.close();
          },
        });
        return new HttpResponse(body, { headers: { [TOTAL_HEADER]: '4' } });
      }),
    );
    const controller = new AbortController();
    const progress: number[] = [];
    try {
      const error: unknown = await fetchExport(
        { stream: 'authentication', format: 'ndjson' },
        {
          signal: controller.signal,
          onProgress: (p) => {
            progress.push(p.written);
            if (p.written > 0) controller.abort();
          },
        },
      ).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).not.toBeInstanceOf(ApiError);
      expect((error as DOMException).name).toBe('AbortError');
      // rejected while the body still held its last records back, and none was read after the abort
      expect(resumed).toBe(false);
      expect(progress).toEqual([0, 2]);
    } finally {
      release();
    }
  });
});

describe('the export is audited', () => {
  it('appends a Log-downloaded activity record: who, stream, query, range, format, count', async () => {
    const search = { q: 'stage:mfa', from: '2000-01-01T00:00:00.000Z', to: '2100-01-01T00:00:00.000Z' };
    const { records } = await exportText({ ...search, format: 'json', columns: ['time', 'email'] });
    const appended = loadAppended('activity');
    expect(appended).toHaveLength(1);
    const record = activityRecordSchema.parse(appended[0]?.record);
    expect(record).toMatchObject({
      controller: 'audit',
      action: 'Log-downloaded',
      entity: 'audit_log',
      attribute: 'export',
      status: 'success',
      user_email: 'aoife.brennan@dunmore-energy.com',
      workgroup_id: 'wg-it',
      changed: [],
      new_value_full: {
        stream: 'authentication',
        ...search,
        format: 'json',
        columns: ['time', 'email'],
        records,
      },
    });
    expect(record.new_value).toBe(`Exported ${records.toLocaleString('en')} authentication records as JSON`);
  });
});

describe('recordCounter', () => {
  const value = fc.oneof(
    fc.constantFrom('a,b', 'say "hi"', 'x\r\ny', '\n', '"', '=1', '{', '\n{', 'é😀', null),
    fc.string(),
  );

  it('counts records in any chunking of the bytes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 2, maxLength: 2 }), { maxLength: 30 }),
        fc.constantFrom(...exportFormats),
        fc.array(fc.nat(), { maxLength: 8 }),
        (rows, format, cuts) => {
          const records = rows.map(([a, b]) => ({ a, b }));
          const text =
            format === 'csv'
              ? encodeCsvHeader(['a', 'b']) + rows.map((r) => encodeCsvRow(r)).join('')
              : format === 'json'
                ? `[\n${records.map((r, i) => `${JSON.stringify(r)}${i < records.length - 1 ? ',' : ''}\n`).join('')}]\n`
                : records.map((r) => `${JSON.stringify(r)}\n`).join('');
          const bytes = new TextEncoder().encode(text);
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((x, y) => x - y);
          const counter = recordCounter(format);
          let at = 0;
          for (const p of [...points, bytes.length]) {
            counter.push(bytes.subarray(at, p));
            at = p;
          }
          expect(counter.records).toBe(rows.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
