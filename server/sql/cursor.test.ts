import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';
import type { SortKey } from './sort';
import { streamTables } from './tables';

const access = streamTables.access;
const byDuration = { field: 'duration', desc: true };
const byPath = { field: 'path', desc: false };
const byTime = { field: 'start_time', desc: true };

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('the records cursor', () => {
  it('gives back the key it was made from, for every kind of sort', () => {
    const keys: [typeof byPath, SortKey][] = [
      [byDuration, { value: 1.5, time: 1_700_000_000_000, id: 'a' }],
      [byDuration, { value: Infinity, time: -62_135_596_800_000, id: 'b' }],
      [byDuration, { value: null, time: 0, id: 'c' }],
      [byPath, { value: '/api/σας/😀', time: 1, id: 'd' }],
      [byTime, { value: null, time: 253_402_300_799_999, id: 'e"\\' }],
    ];
    for (const [sort, key] of keys) expect(decodeCursor(encodeCursor(sort, key), access, sort)).toEqual(key);
  });

  it('pages every keyword field, an id with empty values as well (issue 16)', () => {
    const authentication = streamTables.authentication;
    const keys: [{ field: string; desc: boolean }, SortKey][] = [
      [
        { field: 'session', desc: false },
        { value: 'sess-1', time: 5, id: 'a' },
      ],
      [
        { field: 'session', desc: true },
        { value: null, time: 5, id: 'b' },
      ],
      [
        { field: 'user_agent', desc: false },
        { value: 'mozilla/5.0 (x11)', time: 5, id: 'c' },
      ],
    ];
    for (const [sort, key] of keys)
      expect(decodeCursor(encodeCursor(sort, key), authentication, sort)).toEqual(key);
    const flags = { field: 'flags', desc: true };
    const key = { value: 'ur', time: 1, id: 'd' };
    expect(decodeCursor(encodeCursor(flags, key), access, flags)).toEqual(key);
  });

  it('round-trips any number exactly', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer(), fc.string(), (value, time, id) => {
        const key = { value, time, id };
        expect(decodeCursor(encodeCursor(byDuration, key), access, byDuration)).toEqual({
          ...key,
          value: Object.is(value, -0) ? 0 : value,
        });
      }),
    );
  });

  it('refuses what it did not write', () => {
    const good = encodeCursor(byDuration, { value: 5, time: 1, id: 'x' });
    const garbage = [
      '',
      '!!!!',
      `${good}=`,
      `${good}.`,
      b64('not json'),
      b64('null'),
      b64('[]'),
      b64('{"s":"-duration","v":"5","t":1}'),
      b64('{"s":"-duration","v":"5","t":1,"i":"x","extra":1}'),
      b64('{"s":"-duration","v":"5","t":1.5,"i":"x"}'),
      b64('{"s":"-duration","v":"0x10","t":1,"i":"x"}'),
      b64('{"s":"-duration","v":"NaN","t":1,"i":"x"}'),
      b64('{"s":"-duration","v":5,"t":1,"i":"x"}'),
      b64('{"s":"-duration","v":"5","t":1,"i":"\\u0000"}'),
      b64('{"s":"-duration","v":"5","t":1,"i":"\\ud800"}'),
      b64('{"s":"-duration","v":"5","t":1e300,"i":"x"}'),
      'x'.repeat(5000),
    ];
    for (const cursor of garbage) expect(decodeCursor(cursor, access, byDuration), cursor).toBeNull();
    // a cursor belongs to one sort
    expect(decodeCursor(good, access, { field: 'duration', desc: false })).toBeNull();
    expect(
      decodeCursor(encodeCursor(byTime, { value: null, time: 1, id: 'x' }), access, byDuration),
    ).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    const good = encodeCursor(byPath, { value: 'a', time: 1, id: 'x' });
    const mutated = fc
      .tuple(fc.nat(good.length - 1), fc.string({ minLength: 0, maxLength: 3 }))
      .map(([at, s]) => good.slice(0, at) + s + good.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.base64String(), mutated), (cursor) => {
        const key = decodeCursor(cursor, access, byPath);
        // anything accepted is exactly a cursor encodeCursor writes
        if (key !== null) expect(encodeCursor(byPath, key)).toBe(cursor);
      }),
    );
  });
});
