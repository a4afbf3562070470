import type { AuditRecord, StreamName } from '../../src/api/streams';
import { configuredRecordCount, getMockSettings } from '../settings';
import { generateAuthentication } from './authentication';

export const DEFAULT_SEED = 20261124;

export interface Collection {
  /** newest first: the time range is two binary searches */
  readonly records: readonly AuditRecord[];
  readonly byId: ReadonlyMap<string, AuditRecord>;
  /** epoch ms of each record, same order as records */
  readonly times: Float64Array;
}

const generators: Record<StreamName, (count: number, seed: number, now: number) => AuditRecord[]> = {
  authentication: (count, seed, now) => generateAuthentication({ count, seed, now }),
};

const collections = new Map<StreamName, Collection>();
let anchor: number | null = null;

/** Data ends at the minute the mock started; ids stay put across reloads, times shift with the clock. */
function now(): number {
  anchor ??= Math.floor(Date.now() / 60_000) * 60_000;
  return anchor;
}

export function collection(stream: StreamName): Collection {
  let found = collections.get(stream);
  if (!found) {
    const seed = getMockSettings().seed ?? DEFAULT_SEED;
    const records = generators[stream](configuredRecordCount(), seed, now());
    const times = new Float64Array(records.length);
    const byId = new Map<string, AuditRecord>();
    records.forEach((r, i) => {
      times[i] = Date.parse(String(r.time));
      byId.set(r.id, r);
    });
    found = { records, byId, times };
    collections.set(stream, found);
  }
  return found;
}

/** Drop generated data, e.g. after the size setting changed. */
export function resetCollections(): void {
  collections.clear();
  anchor = null;
}
