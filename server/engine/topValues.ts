import type { AuditRecord } from '../../src/api/streams';
import type { ValueCount } from './types';

/** Primitive values as text; lists and objects are not something to rank. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

/**
 * The most frequent values of a field among the records, grouped case-insensitively as the
 * query `field:value` matches them, so each item's search finds exactly its count.
 */
export function topValues(records: readonly AuditRecord[], field: string, limit: number): ValueCount[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const record of records) {
    const value = text(record[field]);
    if (value === null) continue;
    const key = value.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      group = { count: 0, spellings: new Map() };
      groups.set(key, group);
    }
    group.count++;
    group.spellings.set(value, (group.spellings.get(value) ?? 0) + 1);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      // shown as it is most often written
      let best = key;
      let most = 0;
      for (const [spelling, n] of g.spellings) if (n > most) [best, most] = [spelling, n];
      return { value: best, count: g.count };
    })
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}
