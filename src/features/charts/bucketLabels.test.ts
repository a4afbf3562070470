import { afterEach, describe, expect, it } from 'vitest';
import { bucketLabel, tickLabel } from './bucketLabels';

const HOUR = 3_600_000;
const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('histogram labels in local time', () => {
  it('name the offset where it changes: the repeated 01:00 of 2026-11-01 in New York', () => {
    process.env.TZ = 'America/New_York';
    const starts = [
      '2026-11-01T04:00:00Z',
      '2026-11-01T05:00:00Z',
      '2026-11-01T06:00:00Z',
      '2026-11-01T07:00:00Z',
    ];
    expect(starts.map((iso, i) => tickLabel(iso, HOUR, 'local', starts[i - 1]))).toEqual([
      '00:00',
      '01:00',
      '01:00 UTC-05:00',
      '02:00',
    ]);
  });

  it('name the offset of the hour after the spring-forward gap in New York', () => {
    process.env.TZ = 'America/New_York';
    expect(tickLabel('2026-03-08T07:00:00Z', HOUR, 'local', '2026-03-08T06:00:00Z')).toBe('03:00 UTC-04:00');
  });

  it('give both offsets of a bucket across a change, and one otherwise', () => {
    process.env.TZ = 'America/New_York';
    expect(bucketLabel('2026-11-01T04:00:00Z', '2026-11-01T07:59:59Z', 'local')).toBe(
      '2026-11-01 00:00:00 UTC-04:00 → 02:59:59 UTC-05:00',
    );
    expect(bucketLabel('2026-11-01T06:00:00Z', '2026-11-01T06:59:59Z', 'local')).toBe(
      '2026-11-01 01:00:00 → 01:59:59 UTC-05:00',
    );
  });

  it('label a local day by its local date in UTC+14 and UTC-12', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    expect(tickLabel('2026-12-01T10:00:00Z', 24 * HOUR, 'local')).toBe('2026-12-02');
    process.env.TZ = 'Etc/GMT+12';
    expect(tickLabel('2026-12-01T12:00:00Z', 24 * HOUR, 'local')).toBe('2026-12-01');
  });

  it('never name an offset in UTC', () => {
    expect(tickLabel('2026-11-01T06:00:00Z', HOUR, 'utc', '2026-11-01T05:00:00Z')).toBe('06:00');
  });
});
