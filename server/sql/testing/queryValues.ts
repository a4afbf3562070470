/**
 * Values for the query language's own generators (src/api/query/arbitraries.ts), drawn mostly
 * from the records themselves (whole, re-cased, cut to a prefix or a middle) so that queries
 * match some records and miss others, and otherwise from its nasty generators.
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { NASTY_VALUES, type ValueArbitraries } from '../../../src/api/query/arbitraries';
import type { AuditRecord } from '../../../src/api/streams';
import type { StreamTable } from '../tables';
import { randomCase } from './records';

function variants(pool: readonly string[]): Arbitrary<string> {
  const picked = fc.constantFrom(...pool);
  return fc.oneof(
    picked,
    picked.chain(randomCase),
    picked.map((s) => s.toUpperCase()),
    picked.chain((s) => fc.nat(s.length).map((end) => s.slice(0, end))),
    picked.chain((s) =>
      fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(Math.min(a, b), Math.max(a, b))),
    ),
  );
}

/** How a query may spell a record's instant: zoneless prefixes, zoned, other offsets, cut anywhere. */
const TIME_SPELLINGS: readonly ((iso: string) => string)[] = [
  (iso) => iso.slice(0, 10),
  (iso) => iso.slice(0, 16),
  (iso) => iso.slice(0, 19),
  (iso) => iso.slice(0, 21),
  (iso) => iso.slice(0, 23),
  (iso) => `${iso.slice(0, 19)}Z`,
  (iso) => `${iso.slice(0, 16)}+00:00`,
  (iso) => `${iso.slice(0, 23)}+02:00`,
  (iso) => `${iso.slice(0, 16)}-05:30`,
  (iso) => iso,
  (iso) => iso.toLowerCase(),
  (iso) => `${iso.slice(0, 23)}45`,
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  return Array.isArray(value) ? value.flatMap(strings) : [];
}

export function valuesFrom(table: StreamTable, records: readonly AuditRecord[]): ValueArbitraries {
  const text = new Set<string>();
  const numbers = new Set<string>();
  const times = new Set<string>();
  for (const record of records) {
    for (const storage of table.fields.values()) {
      const value = record[storage.spec.name];
      const pool = storage.kind === 'time' ? times : storage.kind === 'number' ? numbers : text;
      for (const s of strings(value)) pool.add(s);
    }
  }
  const timePool = [...times];
  return {
    text: fc.oneof(
      { arbitrary: variants([...text]), weight: 6 },
      { arbitrary: fc.constantFrom('%', '_', '\\', '\\%', "'", '%_%'), weight: 1 },
      { arbitrary: NASTY_VALUES.text, weight: 1 },
    ),
    number:
      numbers.size === 0
        ? NASTY_VALUES.number
        : fc.oneof(
            { arbitrary: fc.constantFrom(...numbers), weight: 3 },
            { arbitrary: NASTY_VALUES.number, weight: 1 },
          ),
    time: fc.oneof(
      {
        arbitrary: fc
          .tuple(fc.constantFrom(...timePool), fc.constantFrom(...TIME_SPELLINGS))
          .map(([t, f]) => f(t)),
        weight: 4,
      },
      {
        arbitrary: fc.constantFrom(...timePool).chain((t) => fc.nat(t.length).map((n) => t.slice(0, n))),
        weight: 1,
      },
      { arbitrary: NASTY_VALUES.time, weight: 1 },
    ),
  };
}
