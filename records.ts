/**
 * Random records for a stream, generated from its contract's fields: mostly what the schema
 * allows, plus the malformed values evaluate.ts must survive (missing fields, nulls, numbers as
 * text, booleans, objects). Sortable fields get no value whose demo order is not a total order
 * (a number or an object among strings), since no SQL could reproduce an inconsistent sort.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { FieldSpec } from '../../../src/api/query/types';
import type { AuditRecord } from '../../../src/api/streams';
import type { StreamTable } from '../tables';
import { NASTY_WORDS } from './words';

/** Instants that repeat, so that sorts have ties for time and id to break. */
export const TIME_POOL: readonly string[] = [
  '2026-11-20T10:00:00.000Z',
  '2026-11-20T10:00:59.999Z',
  '2026-11-20T23:59:59.999Z',
  '2026-11-21T00:00:00.000Z',
  '2026-11-19T10:00:30.500Z',
  '2026-11-20T09:30:00.000Z',
  '1970-01-01T00:00:00.000Z',
  '0001-01-01T00:00:00.000Z',
  '0050-06-15T12:00:00.000Z',
  '2000-02-29T12:34:56.789Z',
  '9999-12-31T23:59:59.999Z',
];

const timeArbitrary: Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TIME_POOL), weight: 4 },
  {
    arbitrary: fc
      .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    weight: 1,
  },
);

/** Each letter upper- or lower-cased at random. */
export function randomCase(word: string): Arbitrary<string> {
  const letters = [...word];
  return fc
    .array(fc.boolean(), { minLength: letters.length, maxLength: letters.length })
    .map((upper) => letters.map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''));
}

const word: Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...NASTY_WORDS).chain(randomCase), weight: 3 },
  {
    arbitrary: fc.tuple(fc.constantFrom(...NASTY_WORDS), fc.constantFrom(...NASTY_WORDS)).map(([a, b]) => `${a} ${b}`),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 1 },
);

const NUMBER_POOL = [0, -0, 1, 7, 42, 200, 404, 500, 1000, 1.5, -3, 1e21, 2 ** 53 + 2];
const NUMERIC_TEXT = ['42', ' 7 ', '1e3', '0x1F', '-0', 'Infinity', '-Infinity', '1e400', '.5', '5.', '+3', '007'];
const NOT_NUMERIC = ['abc', '', '  ', '12abc', 'NaN', '1,5'];

const numberValue: Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...NUMBER_POOL), weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.constantFrom(...NUMERIC_TEXT), weight: 2 },
  { arbitrary: fc.constantFrom<unknown>(...NOT_NUMERIC, true, false, null), weight: 2 },
);

function stringValue(sortable: boolean): Arbitrary<unknown> {
  const odd: unknown[] = sortable ? [null, true, false] : [null, true, false, 5, -0.5, { nested: 'x' }];
  return fc.oneof({ arbitrary: word, weight: 6 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
}

/** A list field: usually an array, whose elements may be anything; sometimes one value or null. */
const listValue: Arbitrary<unknown> = fc.oneof(
  {
    arbitrary: fc.array(fc.oneof({ arbitrary: word, weight: 5 }, fc.constantFrom<unknown>(null, 12, { x: 1 })), {
      maxLength: 4,
    }),
    weight: 5,
  },
  { arbitrary: word, weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
);

function valueOf(spec: FieldSpec, table: StreamTable): Arbitrary<unknown> {
  const storage = table.fields.get(spec.name);
  if (storage?.kind === 'number') return numberValue;
  if (storage?.kind === 'folded' && storage.list) return listValue;
  return stringValue(table.sortable.includes(spec.name));
}

const idArbitrary = fc.string({ unit: fc.constantFrom(...'abAB09_%-'), minLength: 1, maxLength: 5 });

/**
 * `count` records with distinct ids, as they would arrive over JSON (no undefined, no NaN):
 * each field present or missing at random, the time field always a valid instant.
 */
export function recordsArbitrary(table: StreamTable, fields: readonly FieldSpec[], count: number): Arbitrary<AuditRecord[]> {
  const model: Record<string, Arbitrary<unknown>> = {};
  for (const spec of fields) {
    if (spec.name !== 'id' && spec.name !== table.timeField) model[spec.name] = valueOf(spec, table);
  }
  // a property no field reads: it must come back in the document and match nothing
  model.extra = fc.constantFrom<unknown>({ deep: ['ΣΑΣ'] }, 'alice@example.com', null);
  const body = fc.record(model, { requiredKeys: [] });
  return fc
    .tuple(
      fc.uniqueArray(idArbitrary, { minLength: count, maxLength: count }),
      fc.array(fc.tuple(timeArbitrary, body), { minLength: count, maxLength: count }),
    )
    .map(([ids, rows]) =>
      rows.map(([time, values], i) => {
        const record = { ...values, id: ids[i] ?? `id${i}`, [table.timeField]: time };
        return JSON.parse(JSON.stringify(record)) as AuditRecord;
      }),
    );
}
