import type { StreamName } from '../../src/api/streams';
import { collection } from './store';

const counted = new Map<string, [string, number][]>();

/** Values of a field by frequency, most frequent first (computed once per field). */
function frequencies(stream: StreamName, field: string): [string, number][] {
  const data = collection(stream);
  const key = `${stream}/${data.version}/${field}`;
  let found = counted.get(key);
  if (!found) {
    const counts = new Map<string, number>();
    for (const record of data.records) {
      const value = record[field];
      if (value === null || value === undefined || value === '') continue;
      const text = String(value);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    found = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    counted.set(key, found);
  }
  return found;
}

export function facetValues(stream: StreamName, field: string, prefix: string, limit: number) {
  const needle = prefix.toLowerCase();
  const values: { value: string; count: number }[] = [];
  for (const [value, count] of frequencies(stream, field)) {
    if (values.length >= limit) break;
    if (value.toLowerCase().startsWith(needle)) values.push({ value, count });
  }
  return values;
}

export function resetFacets(): void {
  counted.clear();
}
