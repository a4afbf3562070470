import type { TimelineKey } from '../../src/api/schemas/timeline';
import { streamContracts, type AuditRecord, type StreamName } from '../../src/api/streams';
import type { TimelineEntry } from './types';

export interface Linked {
  stream: StreamName;
  record: AuditRecord;
}

/** The records whose `field` is exactly `value`, in the store's order for them. */
export type LinkLookup = (
  stream: StreamName,
  field: string,
  value: string,
) => readonly AuditRecord[] | Promise<readonly AuditRecord[]>;

const REQUEST_STREAMS = ['authorisation', 'access', 'activity'] as const;

export function timeOf(linked: Linked): string {
  return String(linked.record[streamContracts[linked.stream].timeField]);
}

/**
 * Joins the streams, the one walk every store takes (each with its own lookup): a login's trace,
 * session and token tie its authentication stages to the authorisation decisions and access lines
 * made with that token (`jti`), and a request id ties the decision, the access line and any
 * change made by that request, plus the login that issued its token. Oldest first; records of
 * one instant keep the order they were found in.
 */
export async function walkLinks(key: TimelineKey, value: string, lookup: LinkLookup): Promise<Linked[]> {
  const found = new Map<string, Linked>();
  const add = (stream: StreamName, records: readonly AuditRecord[]) => {
    for (const record of records) found.set(`${stream}/${record.id}`, { stream, record });
  };
  const tokens = new Set<string>();
  const traces = new Set<string>();

  if (key === 'trace_id') traces.add(value);
  if (key === 'session')
    for (const r of await lookup('authentication', 'session', value)) traces.add(String(r.trace_id));
  if (key === 'token') tokens.add(value);
  if (key === 'request_id') {
    for (const stream of REQUEST_STREAMS) {
      const records = await lookup(stream, 'request_id', value);
      add(stream, records);
      for (const r of records) if (typeof r.jti === 'string' && r.jti) tokens.add(r.jti);
    }
  }
  // the login pipeline that issued a token
  for (const token of tokens)
    for (const r of await lookup('authentication', 'token_id', token)) traces.add(String(r.trace_id));
  for (const trace of traces) {
    const stages = await lookup('authentication', 'trace_id', trace);
    add('authentication', stages);
    for (const r of stages) if (typeof r.token_id === 'string' && r.token_id) tokens.add(r.token_id);
  }
  if (key === 'session') add('authentication', await lookup('authentication', 'session', value));
  // a request's own records only: its token's other requests are other requests
  if (key !== 'request_id') {
    for (const token of tokens) {
      add('authentication', await lookup('authentication', 'token_id', token));
      for (const stream of REQUEST_STREAMS) add(stream, await lookup(stream, 'jti', token));
    }
  }
  return [...found.values()].sort((a, b) => (timeOf(a) < timeOf(b) ? -1 : timeOf(a) > timeOf(b) ? 1 : 0));
}

/** The first `limit` of a walk, as the timeline endpoint answers. */
export function timelineOf(
  linked: readonly Linked[],
  limit: number,
): { items: TimelineEntry[]; truncated: boolean } {
  return {
    items: linked.slice(0, limit).map((l) => ({ stream: l.stream, time: timeOf(l), record: l.record })),
    truncated: linked.length > limit,
  };
}
