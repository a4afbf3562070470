import { describe, expect, it } from 'vitest';
import type { EventType } from '../../api/schemas/eventTypes';
import { categoriesOf, filterCatalogue, readCatalogueFilter, writeCatalogueFilter } from './filterCatalogue';

const item = (name: string, source: EventType['source'], category: string): EventType => ({
  name,
  code: null,
  category,
  description: `${name} happened.`,
  source,
  records: null,
});

const items = [
  item('update', 'Ardexa audit logs', 'Devices'),
  item('update', 'Ardexa audit logs', 'Alerts'),
  item('user_write', 'authentik events', 'Users'),
  item('mfa', 'Authentication stages', 'Login pipeline'),
];

describe('the event catalogue filter', () => {
  it('narrows by source, then category, then text', () => {
    const ardexa = { q: '', source: 'Ardexa audit logs', category: null } as const;
    expect(filterCatalogue(items, ardexa).map((e) => e.category)).toEqual(['Devices', 'Alerts']);
    expect(filterCatalogue(items, { ...ardexa, category: 'Alerts' })).toHaveLength(1);
    expect(filterCatalogue(items, { q: 'USER', source: null, category: null }).map((e) => e.name)).toEqual([
      'user_write',
    ]);
  });

  it('offers the categories of the chosen source only', () => {
    expect(categoriesOf(items, 'Ardexa audit logs')).toEqual(['Devices', 'Alerts']);
    expect(categoriesOf(items, null)).toHaveLength(4);
  });

  it('round-trips through the URL and says when a source is unknown', () => {
    const filter = { q: 'scan', source: 'Ardexa audit logs', category: 'Devices' } as const;
    expect(readCatalogueFilter(writeCatalogueFilter(filter))).toEqual({ filter, notice: null });
    const bad = readCatalogueFilter(new URLSearchParams('source=Okta'));
    expect(bad.filter.source).toBeNull();
    expect(bad.notice).toMatch(/“Okta”.*not a source/);
  });
});
