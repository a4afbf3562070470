import type { AuditRecord, StreamName } from '../../src/api/streams';
import type { Collection } from './collection';

type Index = Map<string, AuditRecord[]>;

/** The in-memory store's lookups by field value: each stream is indexed by a field once per version. */
export class Links {
  private readonly indexes = new Map<string, { version: number; index: Index }>();

  constructor(private readonly read: (stream: StreamName) => Collection) {}

  private indexOf(stream: StreamName, field: string): Index {
    const data = this.read(stream);
    const key = `${stream}/${field}`;
    const cached = this.indexes.get(key);
    if (cached && cached.version === data.version) return cached.index;
    const index: Index = new Map();
    for (const record of data.records) {
      const value = record[field];
      if (typeof value !== 'string' || value === '') continue;
      const list = index.get(value);
      if (list) list.push(record);
      else index.set(value, [record]);
    }
    this.indexes.set(key, { version: data.version, index });
    return index;
  }

  clear(): void {
    this.indexes.clear();
  }

  /** The records whose `field` is exactly `value`: the lookup of the timeline's walk (linkWalk.ts). */
  readonly lookup = (stream: StreamName, field: string, value: string): readonly AuditRecord[] =>
    this.indexOf(stream, field).get(value) ?? [];
}
