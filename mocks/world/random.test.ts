import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASE62, createRandom, deriveSeed } from './random';

describe('createRandom', () => {
  it('replays the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        const draw = (r: typeof a) => [r.next(), r.int(-5, 5), r.id(), r.uuid(), r.pick(['x', 'y', 'z'])];
        expect(draw(a)).toEqual(draw(b));
      }),
    );
  });

  it('starts neighbouring seeds on unrelated streams', () => {
    expect(createRandom(1).uuid()).not.toBe(createRandom(2).uuid());
    expect(deriveSeed(1, 'a')).not.toBe(deriveSeed(1, 'b'));
  });

  it('keeps draws in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, span) => {
        const r = createRandom(seed);
        const x = r.next();
        const n = r.int(min, min + span);
        expect(x >= 0 && x < 1).toBe(true);
        expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
      }),
    );
  });

  it('formats ids and uuids', () => {
    const r = createRandom(42);
    for (let i = 0; i < 200; i++) {
      expect(r.id()).toMatch(new RegExp(`^[${BASE62}]{22}$`));
      expect(r.id(6, 'ab')).toMatch(/^[ab]{6}$/);
      expect(r.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('honours weights and never picks a zero weight', () => {
    const r = createRandom(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        r.weighted([
          ['a', 1],
          ['b', 0],
          ['c', 3],
        ] as const)
      ]++;
    expect(counts.b).toBe(0);
    expect(counts.c / counts.a).toBeGreaterThan(2.5);
    expect(counts.c / counts.a).toBeLessThan(3.5);
    expect(() => r.weighted([['a', 0]])).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });
});
