import { asString } from '../../src/api/query/evaluate';
import type { StreamName } from '../../src/api/streams';
import type { Collection } from './collection';
import type { ValueCount } from './types';

/** The values of a stream's fields by frequency, counted once per field and version of the stream. */
export class Facets {
  private readonly counted = new Map<string, [string, number][]>();

  constructor(private readonly read: (stream: StreamName) => Collection) {}

  /** Values of a field by frequency, most frequent first. */
  private frequencies(stream: StreamName, field: string): [string, number][] {
    const data = this.read(stream);
    const key = `${stream}/${data.version}/${field}`;
    let found = this.counted.get(key);
    if (!found) {
      const counts = new Map<string, number>();
      for (const record of data.records) {
        for (const text of facetValues(record[field])) counts.set(text, (counts.get(text) ?? 0) + 1);
      }
      found = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      this.counted.set(key, found);
    }
    return found;
  }

  values(stream: StreamName, field: string, prefix: string, limit: number): ValueCount[] {
    const needle = prefix.toLowerCase();
    const values: ValueCount[] = [];
    for (const [value, count] of this.frequencies(stream, field)) {
      if (values.length >= limit) break;
      if (value.toLowerCase().startsWith(needle)) values.push({ value, count });
    }
    return values;
  }

  clear(): void {
    this.counted.clear();
  }
}

/**
 * What a record offers a field's facets: each value a `field:value` search matches it by. A
 * list counts each element once (a search matches any element, so the joined list would name
 * no record), and an empty or non-primitive value is none (the API refuses `field:""`).
 */
export function facetValues(value: unknown): Iterable<string> {
  const texts = (Array.isArray(value) ? value : [value]).map(asString);
  return new Set(texts.filter((t): t is string => t !== undefined && t !== ''));
}
