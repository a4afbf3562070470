import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamContracts, type AuditRecord } from '../../src/api/streams';
import { compileQuery } from '../../src/api/query';
import { numberString, queryArbitrary, timeString } from '../../src/api/query/arbitraries';
import type { Query } from '../../src/api/query/types';
import type { Collection } from './collection';
import { runSearch } from './search';

const contract = streamContracts.authentication;
const NOW = Date.UTC(2026, 10, 24);
const MINUTE = 60_000;

/** Values in several letter cases, empty and missing ones too: what a search must tell apart. */
const KEYWORDS = [
  'success',
  'FAILURE',
  'failure',
  'mfa',
  'MFA',
  'password',
  'ana@example.com',
  '10.0.0.7',
  '',
];
const TEXTS = ['Mozilla/5.0 (X11) Firefox/120.0', 'curl/8.4.0', 'Chrome/119.0 Safari/537.36', '<b>x</b>'];

/**
 * Records of the contract's fields, newest first, two at each instant (so that order among
 * equal times counts), drawn from small pools so that `field:value` terms match many.
 */
function collectionOf(count: number): Collection {
  let state = 7;
  const pick = <T>(pool: readonly T[]): T | null => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const k = state % (pool.length + 1);
    return k === pool.length ? null : (pool[k] as T);
  };
  const records: AuditRecord[] = [];
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const time = NOW - Math.floor(i / 2) * 17 * MINUTE;
    times[i] = time;
    const record: AuditRecord = { id: `auth-${String(count - i)}` };
    for (const field of contract.fields) {
      if (field.name === 'id') continue;
      record[field.name] =
        field.name === contract.timeField
          ? new Date(time).toISOString()
          : pick(field.type === 'text' ? TEXTS : KEYWORDS);
    }
    records.push(record);
  }
  return { records, times, byId: new Map(records.map((r) => [r.id, r])), version: 0 };
}

/** What a search must return: every record in the range that the query matches, newest first. */
function reference(data: Collection, query: Query, from: number | null, to: number | null): AuditRecord[] {
  const predicate = compileQuery(query, contract.fields);
  return data.records.filter((r, i) => {
    const t = data.times[i] ?? 0;
    return (from === null || t >= from) && (to === null || t <= to) && predicate(r);
  });
}

/** Values the data holds (in any letter case), so that `field:value` terms find records. */
function valuesOf(data: Collection) {
  const seen = new Set<string>();
  for (const r of data.records.slice(0, 400))
    for (const f of contract.fields) {
      const v = r[f.name];
      if (typeof v === 'string' && v.length < 60) seen.add(v);
    }
  return fc
    .tuple(fc.constantFrom(...seen), fc.constantFrom('same', 'upper', 'lower'))
    .map(([v, c]) => (c === 'upper' ? v.toUpperCase() : c === 'lower' ? v.toLowerCase() : v));
}

const sortByTime = { field: contract.timeField, desc: true };

describe('runSearch with keyword indexes', () => {
  const data = collectionOf(3000);
  const values = { text: valuesOf(data), number: numberString, time: timeString };
  const range = fc.option(fc.integer({ min: NOW - 30 * 86_400_000, max: NOW }), { nil: null });

  it('finds exactly what a full scan finds, in the same order', () => {
    fc.assert(
      fc.property(queryArbitrary(contract.fields, values), range, range, (query, from, to) => {
        const found = runSearch(contract, data, { query, from, to, sort: sortByTime });
        expect(found).toEqual(reference(data, query, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same through an index: a `keyword:value` term beside random others', () => {
    const keywords = contract.fields.filter((f) => f.type === 'keyword');
    const indexed = fc.record({
      kind: fc.constant('field' as const),
      field: fc.constantFrom(...keywords.map((f) => f.name)),
      op: fc.constant('eq' as const),
      value: values.text,
    });
    const query = fc
      .tuple(indexed, queryArbitrary(contract.fields, values))
      .map(([term, rest]): Query => ({ clauses: [term, ...rest.clauses] }));
    fc.assert(
      fc.property(query, range, range, (q, from, to) => {
        const found = runSearch(contract, data, { query: q, from, to, sort: sortByTime });
        expect(found).toEqual(reference(data, q, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('narrows a search by a keyword term, also with other terms beside it', () => {
    const query: Query = {
      clauses: [
        { kind: 'field', field: 'event', op: 'eq', value: 'FAILURE' },
        { kind: 'not', operand: { kind: 'field', field: 'stage', op: 'eq', value: 'mfa' } },
      ],
    };
    const found = runSearch(contract, data, { query, from: null, to: null, sort: sortByTime });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(reference(data, query, null, null));
  });

  it('sees records added after an index was built', () => {
    const fresh = collectionOf(500);
    const query: Query = {
      clauses: [{ kind: 'field', field: 'event', op: 'eq', value: 'failure' }],
    };
    const before = runSearch(contract, fresh, { query, from: null, to: null, sort: sortByTime });
    const newest = { ...(fresh.records[0] as AuditRecord), id: 'auth-new', event: 'failure' };
    fresh.records.unshift(newest);
    const times = new Float64Array(fresh.times.length + 1);
    times.set(fresh.times, 1);
    times[0] = NOW;
    fresh.times = times;
    fresh.version++;
    const after = runSearch(contract, fresh, { query, from: null, to: null, sort: sortByTime });
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.id).toBe('auth-new');
  });
});
