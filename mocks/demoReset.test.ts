import { describe, expect, it } from 'vitest';
import { request } from '../src/api/client';
import { resetDemoData } from '../src/api/demo';
import { createSavedSearch } from '../src/api/savedSearches';
import { savedSearchListSchema } from '../src/api/schemas/savedSearches';
import { setMockSettings } from './settings';
import { withMockServer } from './testing';

withMockServer(200);

const names = async () =>
  (await request('/saved-searches', savedSearchListSchema)).items.map((s) => s.name).sort();

describe('POST /demo/reset, mounted by the demo', () => {
  it("puts the demo's documents back, and the demo user authored them", async () => {
    const before = await names();
    expect(before).toEqual(['Denied requests', 'MFA stages that did not succeed']);
    const saved = await createSavedSearch(
      {
        name: 'Mine',
        stream: 'authentication',
        search: { q: 'stage:mfa', from: 'now-24h', to: null, sort: '-time' },
      },
      'reset-1',
    );
    expect(saved.createdBy).toBe('aoife.brennan@dunmore-energy.com');
    expect(await names()).toContain('Mine');
    await resetDemoData();
    expect(await names()).toEqual(before);
  });

  it('is refused to an auditor and a member, and erases nothing', async () => {
    await createSavedSearch(
      { name: 'Kept', stream: 'access', search: { q: '', from: 'now-24h', to: null, sort: '-start_time' } },
      'reset-2',
    );
    for (const role of ['auditor', 'member'] as const) {
      setMockSettings({ role });
      await expect(resetDemoData()).rejects.toMatchObject({ status: 403 });
    }
    setMockSettings({ role: 'owner' });
    expect(await names()).toContain('Kept');
  });

  it('is reached by the fault switches like every other path', async () => {
    setMockSettings({ fault: '500', faultPath: '/demo/' });
    await expect(resetDemoData()).rejects.toMatchObject({ status: 500 });
  });
});
