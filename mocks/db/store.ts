import type { AuditRecord, StreamName } from '../../src/api/streams';
import { configuredRecordCount, getMockSettings } from '../settings';
import { generateAuthenticationTimed } from './authentication';

export const DEFAULT_SEED = 20261124;

export interface Collection {
  /** newest first: the time range is two binary searches */
  readonly records: readonly AuditRecord[];
  readonly byId: ReadonlyMap<string, AuditRecord>;
  /** epoch ms of each record, same order as records */
  readonly times: Float64Array;
}

type Generated = { records: AuditRecord[]; times: Float64Array };

const generators: Record<StreamName, (count: number, seed: number, now: number) => Generated> = {
  authentication: (count, seed, now) => generateAuthenticationTimed({ count, seed, now }),
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
    const { records, times } = generators[stream](configuredRecordCount(), seed, now());
    const byId = new Map<string, AuditRecord>();
    for (const record of records) byId.set(record.id, record);
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
