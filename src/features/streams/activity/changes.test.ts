import { describe, expect, it } from 'vitest';
import { activityChanges } from './changes';

const base = {
  id: 'a1',
  attribute: null,
  old_value: null,
  new_value: null,
  old_value_full: null,
  new_value_full: null,
  status: 'success',
  changed: [] as string[],
};

describe('activityChanges', () => {
  it('shows a workgroup setting once: parsed full values, not the same change again as escaped JSON text', () => {
    const before = { dashboards: { default: 'overview' }, timezone: 'UTC' };
    const after = { dashboards: { default: 'production' }, timezone: 'UTC' };
    const changes = activityChanges({
      ...base,
      attribute: 'dashboards',
      old_value: JSON.stringify(before.dashboards),
      new_value: JSON.stringify(after.dashboards),
      old_value_full: before,
      new_value_full: after,
      changed: ['dashboards', 'dashboards.default'],
    });
    expect(changes.map((c) => c.title)).toEqual(['Changes (full values)']);
  });

  it('diffs JSON text parsed when there are no full values', () => {
    const changes = activityChanges({
      ...base,
      attribute: 'record',
      old_value: '{"name":"Ann","phone":""}',
      new_value: '{"name":"Ann","phone":"+1 613"}',
      changed: ['record'],
    });
    expect(changes).toEqual([
      {
        title: 'Changes to record',
        oldValue: { name: 'Ann', phone: '' },
        newValue: { name: 'Ann', phone: '+1 613' },
      },
    ]);
  });

  it('keeps plain text as text', () => {
    const changes = activityChanges({
      ...base,
      attribute: 'name',
      old_value: 'Pump 1',
      new_value: 'Pump 2',
      changed: ['name'],
    });
    expect(changes).toEqual([{ title: 'Changes to name', oldValue: 'Pump 1', newValue: 'Pump 2' }]);
  });

  it("shows no diff for a record that changed nothing: an export's own record, a failed attempt", () => {
    const exported = {
      ...base,
      action: 'Log-downloaded',
      attribute: 'export',
      new_value: 'Exported 7 activity records as CSV',
      new_value_full: { stream: 'activity', q: '', format: 'csv', columns: [], records: 7 },
    };
    expect(activityChanges(exported)).toEqual([]);
    const failed = { ...base, status: 'failed', attribute: 'name', old_value: 'a', new_value: 'b' };
    expect(activityChanges(failed)).toEqual([]);
  });
});

describe('activityChanges beside full values', () => {
  it('drops a plain attribute pair the full values already show', () => {
    const changes = activityChanges({
      ...base,
      attribute: 'timezone',
      old_value: 'UTC',
      new_value: 'America/Toronto',
      old_value_full: { timezone: 'UTC' },
      new_value_full: { timezone: 'America/Toronto' },
      changed: ['timezone'],
    });
    expect(changes.map((c) => c.title)).toEqual(['Changes (full values)']);
  });

  it('keeps an attribute pair the full values do not show', () => {
    const changes = activityChanges({
      ...base,
      attribute: 'rows',
      old_value: '40 rows',
      new_value: '8500 rows',
      old_value_full: { id: 't', tags: ['a'] },
      new_value_full: { id: 't', tags: ['a', 'b'] },
      changed: ['tags'],
    });
    expect(changes.map((c) => c.title)).toEqual(['Changes (full values)', 'Changes to rows']);
  });
});
