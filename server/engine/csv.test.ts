import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FORMULA_TRIGGERS,
  UTF8_BOM,
  encodeCsvHeader,
  encodeCsvRow,
  encodeCsvValue,
  neutraliseControls,
  startsWithFormulaTrigger,
} from './csv';
import { isTimeZone, zonedIsoFormatter } from '../../src/api/csvTime';
import { isControlChar } from '../../src/api/hiddenChars';

/** `bom`: only the BOM test starts a file with one; elsewhere a leading U+FEFF is data. */
function parseCsv(text: string, bom = false): string[][] {
  return parse(text, { bom, relax_column_count: false }) as string[][];
}

/**
 * What a reader of the file recovers: the value, with the neutralising apostrophe removed, and
 * its control characters (but tab, CR, LF) as `⟨U+001B⟩` tokens.
 */
function unneutralise(cell: string, original: string): string {
  return startsWithFormulaTrigger(neutraliseControls(original)) ? cell.replace(/^'/, '') : cell;
}

describe('encodeCsvValue', () => {
  it.each<[unknown, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf\r\n', '"cr\rlf\r\n"'],
    ['', '""'],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [-5, '-5'],
    [1.5e-7, '1.5e-7'],
    [true, 'true'],
    ['été 😀', 'été 😀'],
    [{ a: 1, b: 'x,y' }, '"{""a"":1,""b"":""x,y""}"'],
    [['x', 'y'], '"[""x"",""y""]"'],
    [new Date('2026-11-23T14:05:12.345Z'), '2026-11-23T14:05:12.345Z'],
  ])('%j → %s', (value, expected) => {
    expect(encodeCsvValue(value)).toBe(expected);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+33 1 23', `"'+33 1 23"`],
    ['-5', `"'-5"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tindented', `"'\tindented"`],
    ['\rreturn', `"'\rreturn"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('neutralises the formula %j as %s', (value, expected) => {
    expect(encodeCsvValue(value)).toBe(expected);
  });

  it.each([
    ['\u001b[31mred\u001b[0m', '"⟨U+001B⟩[31mred⟨U+001B⟩[0m"'],
    ['nul\u0000cut', '"nul⟨U+0000⟩cut"'],
    ['bell\u0007 del\u007f csi\u009b', '"bell⟨U+0007⟩ del⟨U+007F⟩ csi⟨U+009B⟩"'],
    ['\u0008=1', '"⟨U+0008⟩=1"'],
    ['tab\tand\r\nlines', '"tab\tand\r\nlines"'],
  ])('writes the control characters of %j as tokens, in quotes: %s', (value, expected) => {
    expect(encodeCsvValue(value)).toBe(expected);
  });

  it('leaves a trigger that is not first alone', () => {
    expect(encodeCsvValue('a=b')).toBe('a=b');
    expect(encodeCsvValue(' =1')).toBe(' =1');
  });
});

describe('rows', () => {
  it('ends each row with CRLF and quotes only what needs it', () => {
    expect(encodeCsvHeader(['time', 'email'])).toBe('time,email\r\n');
    expect(encodeCsvRow(['2026-11-23T14:05:12.345Z', null, 'a,b', -1, '-1'])).toBe(
      `2026-11-23T14:05:12.345Z,,"a,b",-1,"'-1"\r\n`,
    );
  });

  it('parses back with a byte-order mark', () => {
    const text = UTF8_BOM + encodeCsvHeader(['a', 'b']) + encodeCsvRow(['x', 'y']);
    expect(parseCsv(text, true)).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });
});

const TRICKY = [
  ...['"', ',', '\r', '\n', '\r\n', "'", ' ', 'é', '😀', '\u2028', '\uFEFF', '\u001b', '\u0000', '\u009b'],
  ...FORMULA_TRIGGERS,
];

const cell = fc.oneof(
  fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme', maxLength: 1 })) }),
  fc.constantFrom(...FORMULA_TRIGGERS).chain((t) => fc.string().map((rest) => t + rest)),
  fc.string({ unit: 'grapheme' }),
);

describe('round trip through a CSV parser (csv-parse)', () => {
  it('gives back every row of strings, cell for cell, after removing the neutralising apostrophe', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 }),
          ),
        (rows) => {
          const text = rows.map((r) => encodeCsvRow(r)).join('');
          const parsed = parseCsv(text);
          expect(parsed).toHaveLength(rows.length);
          parsed.forEach((row, i) => {
            const original = rows[i] ?? [];
            expect(row.map((c, j) => unneutralise(c, original[j] ?? ''))).toEqual(
              original.map(neutraliseControls),
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lets a parsed cell start with a formula trigger or hold a control character', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (row) => {
        const [parsed] = parseCsv(encodeCsvRow(row));
        for (const c of parsed ?? []) expect(startsWithFormulaTrigger(c)).toBe(false);
        const controls = (parsed ?? []).flatMap((c) =>
          [...c].filter((ch) => isControlChar(ch.charCodeAt(0)) && !'\t\r\n'.includes(ch)),
        );
        expect(controls).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives back nested values as JSON text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const [[c = '']] = parseCsv(encodeCsvRow([value])) as [[string]];
        // strings are text, not JSON; null is an empty cell
        const expected = value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
        expect(unneutralise(c, expected)).toBe(neutraliseControls(expected));
      }),
      { numRuns: 200 },
    );
  });
});

describe('zoned times', () => {
  it('knows real zones from made-up ones', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('writes ISO 8601 with the offset in force, across daylight saving changes', () => {
    const paris = zonedIsoFormatter('Europe/Paris');
    expect(paris('2026-11-23T14:05:12.345Z')).toBe('2026-11-23T15:05:12.345+01:00');
    expect(paris('2026-07-01T00:00:00.000Z')).toBe('2026-07-01T02:00:00.000+02:00');
    // the 2026 spring change in Paris is at 01:00 UTC
    expect(paris('2026-03-29T00:59:59.999Z')).toBe('2026-03-29T01:59:59.999+01:00');
    expect(paris('2026-03-29T01:00:00.000Z')).toBe('2026-03-29T03:00:00.000+02:00');
    expect(zonedIsoFormatter('America/St_Johns')('2026-01-10T12:00:00Z')).toBe(
      '2026-01-10T08:30:00.000-03:30',
    );
    expect(zonedIsoFormatter('Asia/Kathmandu')('2026-01-10T12:00:00Z')).toBe('2026-01-10T17:45:00.000+05:45');
    expect(zonedIsoFormatter('UTC')('2026-01-10T12:00:00Z')).toBe('2026-01-10T12:00:00.000+00:00');
    expect(paris('not a time')).toBe('');
  });

  it('names the same instant as the UTC time it came from', () => {
    const zones = [
      'Europe/Paris',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kolkata',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (zone, date) => {
          const local = zonedIsoFormatter(zone)(date.toISOString());
          expect(Date.parse(local)).toBe(date.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });
});
