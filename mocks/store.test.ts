import { beforeEach, describe, expect, it } from 'vitest';
import { listRecords } from '../src/api/records';
import { memoryStore } from './store';
import { withMockServer } from './testing';

const COUNT = 20_000;
withMockServer(COUNT);
beforeEach(() => memoryStore.reset());

const dayAgo = () => new Date(Date.now() - 24 * 3600_000).toISOString();

describe('a stream whose recent records are generated first', () => {
  it('answers a search of the last day the same before and after the older records exist', async () => {
    const before = await listRecords('authentication', { from: dayAgo(), limit: 1000 });
    expect(memoryStore.collection('authentication', Number.POSITIVE_INFINITY).records.length).toBeLessThan(
      COUNT / 4,
    );

    expect((await listRecords('authentication', { limit: 1 })).total).toBe(COUNT);
    const after = await listRecords('authentication', { from: dayAgo(), limit: 1000 });
    expect(after.total).toBe(before.total);
    expect(after.items.map((r) => r.id)).toEqual(before.items.map((r) => r.id));
  });

  it('keeps a record written before the older records were generated', async () => {
    const recent = memoryStore.collection('authentication', Number.POSITIVE_INFINITY);
    const [newest] = recent.records;
    if (!newest) throw new Error('no records');
    const written = { ...newest, id: 'auth-written' };
    await memoryStore.append('authentication', written, (recent.times[0] ?? 0) + 1);

    const whole = memoryStore.collection('authentication');
    expect(whole.records).toHaveLength(COUNT + 1);
    expect(whole.records[0]).toBe(written);
    expect(whole.byId.get('auth-written')).toBe(written);
    expect(whole.byId.size).toBe(COUNT + 1);
  });
});
