import { describe, expect, it } from 'vitest';
import { hrefs } from './links';

describe('hrefs', () => {
  it('leaves out an empty query string', () => {
    expect(hrefs.stream('access')).toBe('/audit/access');
    expect(hrefs.stream('access', new URLSearchParams())).toBe('/audit/access');
  });

  it('opens a record over all time, its id encoded', () => {
    expect(hrefs.record('activity', 'a b&c')).toBe('/audit/activity?from=all&record=a+b%26c');
  });

  it('encodes timeline values and event names', () => {
    expect(hrefs.timeline('trace_id', 'x/y z')).toBe('/timeline?key=trace_id&value=x%2Fy+z');
    expect(hrefs.eventType('Log-downloaded')).toBe('/event-types?q=Log-downloaded');
  });
});
