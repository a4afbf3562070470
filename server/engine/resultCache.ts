import type { AuditRecord } from '../../src/api/streams';

/** Results of one search are cached so that each next page is a slice, not a rescan. */
export class ResultCache {
  private entries = new Map<string, AuditRecord[]>();
  constructor(private readonly size = 6) {}

  get(key: string, compute: () => AuditRecord[]): AuditRecord[] {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.size) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
