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

  it('puts an entity value in one path segment, whatever it holds', () => {
    expect(hrefs.entity('user', 'ada@example.com')).toBe('/entity/user/ada%40example.com');
    expect(hrefs.entity('device', 'a/b "c"?#')).toBe('/entity/device/a%2Fb%20%22c%22%3F%23');
    expect(hrefs.entity('ip', 'fe80::1', new URLSearchParams({ from: 'now-7d' }))).toBe(
      '/entity/ip/fe80%3A%3A1?from=now-7d',
    );
  });
});
