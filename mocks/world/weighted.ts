/**
 * Weighted choice by binary search over cumulative weights. `Random.weighted` scans its
 * list on every draw, which shows up in profiles when a list of a hundred routes is drawn
 * from a million times.
 */
import type { Random } from './random';

export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  /** non-positive weights are never chosen */
  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0);
    if (kept.length === 0) throw new RangeError('weighted table needs a positive weight');
    this.items = kept.map(([item]) => item);
    this.cumulative = new Float64Array(kept.length);
    let total = 0;
    kept.forEach(([, w], i) => {
      total += w;
      this.cumulative[i] = total;
    });
    this.total = total;
  }

  /** one draw from `rng` per pick */
  pick(rng: Random): T {
    const c = this.cumulative;
    const u = rng.next() * this.total;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((c[mid] ?? 0) > u) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
