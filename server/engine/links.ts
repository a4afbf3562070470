import type { TimelineKey } from '../../src/api/schemas/timeline';
import { streamContracts, type AuditRecord, type StreamName } from '../../src/api/streams';
import type { Collection } from './collection';

type Index = Map<string, AuditRecord[]>;

export interface Linked {
  stream: StreamName;
  record: AuditRecord;
}

/**
 * Joins the streams: a login's trace, session and token tie its authentication stages to the
 * authorisation decisions and access lines made with that token (`jti`), and a request id ties
 * the decision, the access line and any change made by that request. Each stream is indexed
 * by a field once per version of the stream.
 */
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

  /** Every record tied to the key's value, oldest first. */
  linked(key: TimelineKey, value: string): Linked[] {
    const lookup = (stream: StreamName, field: string, v: string) => this.indexOf(stream, field).get(v) ?? [];
    const found = new Map<string, Linked>();
    const add = (stream: StreamName, records: readonly AuditRecord[]) => {
      for (const record of records) found.set(`${stream}/${record.id}`, { stream, record });
    };
    const tokens = new Set<string>();
    const traces = new Set<string>();

    if (key === 'trace_id') traces.add(value);
    if (key === 'session')
      for (const r of lookup('authentication', 'session', value)) traces.add(String(r.trace_id));
    if (key === 'token') tokens.add(value);
    if (key === 'request_id') {
      for (const stream of ['authorisation', 'access', 'activity'] as const) {
        const records = lookup(stream, 'request_id', value);
        add(stream, records);
        for (const r of records) if (typeof r.jti === 'string' && r.jti) tokens.add(r.jti);
      }
      // the request's own records, plus the login that issued its token (below)
    }
    // the login pipeline that issued a token
    for (const token of tokens)
      for (const r of lookup('authentication', 'token_id', token)) traces.add(String(r.trace_id));
    for (const trace of traces) {
      const stages = lookup('authentication', 'trace_id', trace);
      add('authentication', stages);
      for (const r of stages) if (typeof r.token_id === 'string' && r.token_id) tokens.add(r.token_id);
    }
    if (key === 'session') add('authentication', lookup('authentication', 'session', value));
    if (key !== 'request_id') {
      for (const token of tokens) {
        add('authentication', lookup('authentication', 'token_id', token));
        for (const stream of ['authorisation', 'access', 'activity'] as const)
          add(stream, lookup(stream, 'jti', token));
      }
    }
    const time = (l: Linked) => String(l.record[streamContracts[l.stream].timeField]);
    return [...found.values()].sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : 0));
  }
}

export function timeOf(linked: Linked): string {
  return String(linked.record[streamContracts[linked.stream].timeField]);
}
