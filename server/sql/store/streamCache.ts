import type { StreamName } from '../../../src/api/streams';

/**
 * Answers about a stream's records (a search's total, a field's facets) kept for a short time:
 * paging through a search, or typing a prefix, does not count the same rows again. A write to
 * the stream through this store forgets them at once; the time limit bounds how long a write
 * by another server on the same database goes unseen.
 */
export class StreamCache<V> {
  private readonly entries = new Map<StreamName, Map<string, { value: V; expires: number }>>();
  /** bumped by every write: an answer computed across a write is not kept */
  private readonly generations = new Map<StreamName, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxPerStream: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** the kept answer for `key`, or `compute`'s (then kept) */
  async remember(stream: StreamName, key: string, compute: () => Promise<V>): Promise<V> {
    const found = this.entries.get(stream)?.get(key);
    if (found && found.expires > this.now()) return found.value;
    const generation = this.generations.get(stream) ?? 0;
    const value = await compute();
    if ((this.generations.get(stream) ?? 0) === generation) this.keep(stream, key, value);
    return value;
  }

  /** an answer computed elsewhere (a histogram's total is the search's count) */
  keep(stream: StreamName, key: string, value: V): void {
    let kept = this.entries.get(stream);
    if (!kept) this.entries.set(stream, (kept = new Map()));
    kept.delete(key);
    // a Map iterates in insertion order: the first key is the oldest
    if (kept.size >= this.maxPerStream) kept.delete(kept.keys().next().value as string);
    kept.set(key, { value, expires: this.now() + this.ttlMs });
  }

  forget(stream: StreamName): void {
    this.entries.delete(stream);
    this.generations.set(stream, (this.generations.get(stream) ?? 0) + 1);
  }

  clear(): void {
    for (const stream of [...this.entries.keys(), ...this.generations.keys()]) this.forget(stream);
  }
}
