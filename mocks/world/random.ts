/**
 * Seeded PRNG for the mock database. Generated audit data must be reproducible from
 * (seed, options) so that ids survive reloads and tests can compare runs byte for byte.
 */

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const DASH = '-'.charCodeAt(0);

export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform unsigned 32-bit integer */
  uint32(): number;
  /** uniform integer in [min, max], both inclusive */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** weights need not sum to 1; non-positive weights are never chosen */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  /** `alphabet` must consist of single UTF-16 code units */
  id(length?: number, alphabet?: string): string;
  /** RFC 4122 version 4 layout, but deterministic */
  uuid(): string;
}

/** splitmix32 finaliser: nearby seeds (1, 2, 3…) would otherwise start on correlated streams */
function mix(seed: number): number {
  let z = (Math.trunc(seed) + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Independent stream per consumer, so adding draws to one stream never shifts another. */
export function deriveSeed(seed: number, stream: string): number {
  let h = mix(seed);
  for (let i = 0; i < stream.length; i++) h = mix(h ^ stream.charCodeAt(i));
  return h;
}

class Mulberry32 implements Random {
  private state: number;
  // String.fromCharCode.apply needs an array of the exact length; reuse one per length
  private readonly buffers: number[][] = [];

  constructor(seed: number) {
    this.state = mix(seed);
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  next(): number {
    return this.uint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) if (w > 0) total += w;
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive weight');
    let u = this.next() * total;
    let last: T | undefined;
    for (const [item, w] of items) {
      if (w <= 0) continue;
      last = item;
      u -= w;
      if (u < 0) return item;
    }
    // floating-point rounding can leave u a hair above zero
    return last as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  id(length = 22, alphabet = BASE62): string {
    const codes = this.buffer(length);
    const n = alphabet.length;
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(Math.floor(this.next() * n));
    return String.fromCharCode.apply(null, codes);
  }

  uuid(): string {
    const codes = this.buffer(36);
    let bits = 0;
    let drawn = 0;
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) {
        codes[i] = DASH;
        continue;
      }
      // eight nibbles per draw: four draws fill the 32 hex digits
      if ((drawn++ & 7) === 0) bits = this.uint32();
      let nibble = bits & 15;
      bits >>>= 4;
      if (i === 14) nibble = 4;
      else if (i === 19) nibble = 8 | (nibble & 3);
      codes[i] = HEX_CODES[nibble] ?? DASH;
    }
    return String.fromCharCode.apply(null, codes);
  }

  private buffer(length: number): number[] {
    let found = this.buffers[length];
    if (!found) {
      found = new Array<number>(length).fill(0);
      this.buffers[length] = found;
    }
    return found;
  }
}

export function createRandom(seed: number): Random {
  return new Mulberry32(seed);
}
