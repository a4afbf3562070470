import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimelineKey } from '../src/api/schemas/timeline';
import type { AuditRecord, StreamName } from '../src/api/streams';
import { resetMockSettings, setMockSettings } from './settings';
import { memoryStore } from './store';

beforeAll(async () => {
  setMockSettings({ records: 3000 });
  await memoryStore.reset();
});
afterAll(async () => {
  await memoryStore.reset();
  resetMockSettings();
});

const collection = (stream: StreamName) => memoryStore.collection(stream);
const linkedRecords = async (key: TimelineKey, value: string) =>
  (await memoryStore.timeline(key, value, Number.MAX_SAFE_INTEGER)).items;

const ids = (records: { stream: string; record: AuditRecord }[], stream: string) =>
  records.filter((l) => l.stream === stream).map((l) => l.record.id);

describe('the timeline of the demo world', () => {
  it('follows a login by trace to its stages and every request made with its token', async () => {
    const access = collection('access').records.find((r) => r.jti);
    const login = collection('authentication').records.find((r) => r.token_id === access?.jti);
    expect(login).toBeDefined();
    const linked = await linkedRecords('trace_id', String(login?.trace_id));

    const stages = collection('authentication').records.filter((r) => r.trace_id === login?.trace_id);
    expect(ids(linked, 'authentication')).toEqual(expect.arrayContaining(stages.map((r) => r.id)));
    const token = String(login?.token_id);
    const requests = collection('access').records.filter((r) => r.jti === token);
    expect(requests.length).toBeGreaterThan(0);
    expect(ids(linked, 'access').sort()).toEqual(requests.map((r) => r.id).sort());
    const decisions = collection('authorisation').records.filter((r) => r.jti === token);
    expect(ids(linked, 'authorisation').sort()).toEqual(decisions.map((r) => r.id).sort());
  });

  it('is in time order, oldest first', async () => {
    const login = collection('authentication').records.find((r) => r.stage === 'token_issue');
    const times = (await linkedRecords('token', String(login?.token_id))).map((l) => l.time);
    expect(times.length).toBeGreaterThan(1);
    expect(times).toEqual([...times].sort());
  });

  it('ties a request to its decision, its access line and the login that issued its token', async () => {
    const decision = collection('authorisation').records.find((r) => r.jti);
    const linked = await linkedRecords('request_id', String(decision?.request_id));
    expect(ids(linked, 'authorisation')).toContain(decision?.id);
    expect(
      linked.filter((l) => l.stream === 'access').every((l) => l.record.request_id === decision?.request_id),
    ).toBe(true);
    const issued = linked.filter((l) => l.stream === 'authentication');
    expect(issued.some((l) => l.record.token_id === decision?.jti)).toBe(true);
  });

  it('finds nothing for an unknown value', async () => {
    expect(await linkedRecords('session', 'no-such-session')).toEqual([]);
  });
});
