/**
 * Every row means its values: arbitrary well-formed text (tabs, newlines, carriage returns,
 * backslashes, quotes, NUL, `\N`, any Unicode), nulls, lists and whole numbers go through
 * tsvRow into a table on a real clickhouse-server and come back, as hex, byte for byte.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tsvField, tsvRow } from './tsv';
import {
  clickhouseBinary,
  startClickHouseCluster,
  type ClickHouseCluster,
} from './testing/clickhouseCluster';

const ROWS = 400;
const ROUNDS = 5;

const nasty = fc.constantFrom(
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\\',
  '\\N',
  '\\t',
  "'",
  "\\'",
  '\0',
  '\b',
  '\f',
  '[',
  "['a']",
  ',',
  '\u00e9',
  '\uD83D\uDE00',
  '\uFFFF',
);
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 1 })) }),
);

interface Row {
  s: string;
  n: string | null;
  a: string[];
  i: number;
}
const rows = fc.record({
  s: text,
  n: fc.option(text, { nil: null }),
  a: fc.array(text, { maxLength: 4 }),
  i: fc.maxSafeInteger(),
});

const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex').toUpperCase();

describe('tsvField (no server)', () => {
  it('escapes what TabSeparated reads specially, and writes null as \\N', () => {
    expect(tsvField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(tsvField('\\N')).toBe('\\\\N');
    expect(tsvField(null)).toBe('\\N');
    expect(tsvField(["it's", 'x\ty'])).toBe("['it\\'s','x\\ty']");
  });
  it('refuses a lone surrogate and a number that is not whole', () => {
    expect(() => tsvField('a\uD800')).toThrow(RangeError);
    expect(() => tsvField(['\uDC00'])).toThrow(RangeError);
    expect(() => tsvField(1.5)).toThrow(RangeError);
  });
});

const binary = clickhouseBinary();
if ('missing' in binary) console.warn(`The ClickHouse TSV round trip is skipped: ${binary.missing}.`);

describe.skipIf('missing' in binary)('rows round-trip through clickhouse-server', () => {
  let cluster: ClickHouseCluster | undefined;
  beforeAll(async () => {
    if ('server' in binary) cluster = await startClickHouseCluster(binary.server, 1);
  }, 120_000);
  afterAll(() => cluster?.stop());

  async function post(query: string, body = ''): Promise<string> {
    const url = `${cluster?.url ?? ''}/?query=${encodeURIComponent(query)}`;
    const response = await fetch(url, { method: 'POST', body });
    const answer = await response.text();
    if (!response.ok) throw new Error(answer);
    return answer;
  }

  it('gives every value back byte for byte', async () => {
    await post(
      'CREATE TABLE tsv_round_trip (k UInt32, s String, n Nullable(String), a Array(String), i Int64) ENGINE = Memory',
    );
    let key = 0;
    for (const batch of fc.sample(fc.array(rows, { minLength: ROWS, maxLength: ROWS }), ROUNDS)) {
      await post('TRUNCATE TABLE tsv_round_trip');
      const first = key;
      const body = batch.map((r) => tsvRow([key++, r.s, r.n, r.a, r.i])).join('');
      await post('INSERT INTO tsv_round_trip FORMAT TabSeparated', body);
      const answer = await post(
        "SELECT k, hex(s), if(isNull(n), 'null', hex(assumeNotNull(n))), arrayMap(x -> hex(x), a), i FROM tsv_round_trip ORDER BY k FORMAT JSONCompact",
      );
      const got = (JSON.parse(answer) as { data: [number, string, string, string[], string][] }).data;
      expect(got).toEqual(
        batch.map((r: Row, index) => [
          first + index,
          hex(r.s),
          r.n === null ? 'null' : hex(r.n),
          r.a.map(hex),
          String(r.i),
        ]),
      );
    }
  });
});
