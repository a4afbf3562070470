import { afterEach, describe, expect, it, vi } from 'vitest';
import { streamContracts, streamNames, type AuditRecord, type StreamName } from '../src/api/streams';
import { createApi } from '../server/api/createApi';
import { createMemoryStore } from '../server/engine/memoryStore';
import { demoFingerprint } from './fingerprintKey';
import { demoIdentity } from './identity';
import { DEFAULT_SEED } from './settings';
import { worldSource } from './world/source';

/**
 * Issue 15, item 2: a record link names a record. A page opened later (a reload, a day on) makes
 * its store again at another minute; every id it had still opens the same record, only moved
 * in time with the clock.
 */
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.UTC(2026, 11, 1, 9, 30);
/** above 5,000, authentication comes in two parts (recent first): both are covered */
const COUNT = 6_000;

/** The demo's API as a page opened at `at` would have it. */
function pageOpenedAt(at: number, count = COUNT) {
  vi.setSystemTime(at);
  const store = createMemoryStore(worldSource(() => ({ count, seed: DEFAULT_SEED, liveRate: 0 })));
  const api = createApi({ store, identity: demoIdentity, fingerprint: demoFingerprint });
  return (path: string) => api.fetch(new Request(`http://api.test/api/v1${path}`));
}

/** Newest, middle and oldest of a stream: twelve ids over the four streams. */
async function probe(call: ReturnType<typeof pageOpenedAt>, stream: StreamName): Promise<AuditRecord[]> {
  const picked: AuditRecord[] = [];
  for (const sort of ['-time', 'time']) {
    const field = streamContracts[stream].timeField;
    const order = sort.startsWith('-') ? `-${field}` : field;
    const response = await call(
      `/audit/${stream}/records?from=2000-01-01T00:00:00Z&sort=${order}&limit=1000`,
    );
    const { items } = (await response.json()) as { items: AuditRecord[] };
    picked.push(items[0] as AuditRecord, ...(sort === 'time' ? [items[700] as AuditRecord] : []));
  }
  return picked;
}

const withoutTime = (stream: StreamName, record: AuditRecord) => ({
  ...record,
  [streamContracts[stream].timeField]: null,
});

afterEach(() => vi.useRealTimers());

describe('record ids survive reloads and time passing', () => {
  it.each([
    ['three minutes later', 3 * MINUTE],
    ['a day later', DAY],
  ])('%s, every probed id opens the same record, moved with the clock', async (_, later) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = pageOpenedAt(T0);
    const probed = await Promise.all(streamNames.map(async (s) => [s, await probe(first, s)] as const));
    expect(probed.flatMap(([, records]) => records)).toHaveLength(12);

    const again = pageOpenedAt(T0 + later);
    for (const [stream, records] of probed)
      for (const record of records) {
        const response = await again(`/audit/${stream}/records/${encodeURIComponent(record.id)}`);
        expect(response.status).toBe(200);
        const found = (await response.json()) as AuditRecord;
        expect(withoutTime(stream, found)).toEqual(withoutTime(stream, record));
        const field = streamContracts[stream].timeField;
        expect(Date.parse(String(found[field])) - Date.parse(String(record[field]))).toBe(later);
      }
  });

  it('an id of another world (another size) opens nothing rather than another record', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const [record] = await probe(pageOpenedAt(T0), 'activity');
    const other = pageOpenedAt(T0, COUNT + 1);
    const response = await other(`/audit/activity/records/${encodeURIComponent(record?.id ?? '')}`);
    expect(response.status).toBe(404);
  });
});
