import { beforeEach, describe, expect, it } from 'vitest';
import { listRecords } from '../../src/api/records';
import { withMockServer } from '../testing';
import { appendRecord, collection, resetCollections } from './store';

const COUNT = 20_000;
withMockServer(COUNT);
beforeEach(() => resetCollections());

const dayAgo = () => new Date(Date.now() - 24 * 3600_000).toISOString();

describe('a stream whose recent records are generated first', () => {
  it('answers a search of the last day the same before and after the older records exist', async () => {
    const before = await listRecords('authentication', { from: dayAgo(), limit: 1000 });
    expect(collection('authentication', Number.POSITIVE_INFINITY).records.length).toBeLessThan(COUNT / 4);

    expect((await listRecords('authentication', { limit: 1 })).total).toBe(COUNT);
    const after = await listRecords('authentication', { from: dayAgo(), limit: 1000 });
    expect(after.total).toBe(before.total);
    expect(after.items.map((r) => r.id)).toEqual(before.items.map((r) => r.id));
  });

  it('keeps a record written before the older records were generated', () => {
    const recent = collection('authentication', Number.POSITIVE_INFINITY);
    const [newest] = recent.records;
    if (!newest) throw new Error('no records');
    const written = { ...newest, id: 'auth-written' };
    appendRecord('authentication', written, (recent.times[0] ?? 0) + 1);

    const whole = collection('authentication');
    expect(whole.records).toHaveLength(COUNT + 1);
    expect(whole.records[0]).toBe(written);
    expect(whole.byId.get('auth-written')).toBe(written);
    expect(whole.byId.size).toBe(COUNT + 1);
  });
});
