import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketStarts } from './histogramBuckets';
import { instantsOf, offsetAt, offsetLabel } from './timeZones';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);
const starts = (from: string, to: string, ms: number, zone: string) =>
  bucketStarts(at(from), at(to), ms, zone).map((s) => new Date(s).toISOString());

describe('time zones', () => {
  it('reads offsets, whole and not, either side of UTC', () => {
    expect(offsetLabel(offsetAt('America/New_York', at('2026-11-01T05:30:00Z')))).toBe('UTC-04:00');
    expect(offsetLabel(offsetAt('America/New_York', at('2026-11-01T06:30:00Z')))).toBe('UTC-05:00');
    expect(offsetLabel(offsetAt('Asia/Kolkata', at('2026-06-01T00:00:00Z')))).toBe('UTC+05:30');
    expect(offsetLabel(offsetAt('Asia/Kathmandu', at('2026-06-01T00:00:00Z')))).toBe('UTC+05:45');
    expect(offsetLabel(offsetAt('Pacific/Kiritimati', at('2026-06-01T00:00:00Z')))).toBe('UTC+14:00');
    expect(offsetLabel(offsetAt('Etc/GMT+12', at('2026-06-01T00:00:00Z')))).toBe('UTC-12:00');
    expect(offsetLabel(offsetAt('UTC', 0))).toBe('UTC');
  });

  it('names both instants of the repeated hour, earliest first (New York, 2026-11-01)', () => {
    expect(instantsOf('America/New_York', at('2026-11-01T01:30:00Z'))).toEqual({
      kind: 'exists',
      instants: [
        { ms: at('2026-11-01T05:30:00Z'), offset: -4 * HOUR },
        { ms: at('2026-11-01T06:30:00Z'), offset: -5 * HOUR },
      ],
    });
  });

  it('names no instant in the skipped hour, and where the clocks jumped (New York, 2026-03-08)', () => {
    expect(instantsOf('America/New_York', at('2026-03-08T02:30:00Z'))).toEqual({
      kind: 'skipped',
      at: at('2026-03-08T07:00:00Z'),
      from: at('2026-03-08T02:00:00Z'),
      to: at('2026-03-08T03:00:00Z'),
      offsets: [-5 * HOUR, -4 * HOUR],
    });
  });
});

describe('histogram buckets in a zone', () => {
  it('are the interval apart in UTC, from the one at or before `from`', () => {
    expect(starts('2026-11-01T00:10:00Z', '2026-11-01T02:00:00Z', HOUR, 'UTC')).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-11-01T01:00:00.000Z',
      '2026-11-01T02:00:00.000Z',
    ]);
  });

  it('make the repeated 01:00 hour a bucket of its own, and the fall-back day 25 hours (New York)', () => {
    expect(starts('2026-11-01T04:00:00Z', '2026-11-01T08:00:00Z', HOUR, 'America/New_York')).toEqual([
      '2026-11-01T04:00:00.000Z',
      '2026-11-01T05:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-01T08:00:00.000Z',
    ]);
    expect(starts('2026-11-01T05:50:00Z', '2026-11-01T06:20:00Z', 15 * 60_000, 'America/New_York')).toEqual([
      '2026-11-01T05:45:00.000Z',
      '2026-11-01T06:00:00.000Z',
      '2026-11-01T06:15:00.000Z',
    ]);
    expect(starts('2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z', DAY, 'America/New_York')).toEqual([
      '2026-10-31T04:00:00.000Z',
      '2026-11-01T04:00:00.000Z',
      '2026-11-02T05:00:00.000Z',
    ]);
  });

  it('start a bucket in the second 01:00 when `from` is in it (New York)', () => {
    expect(starts('2026-11-01T06:10:00Z', '2026-11-01T06:20:00Z', HOUR, 'America/New_York')).toEqual([
      '2026-11-01T06:00:00.000Z',
    ]);
  });

  it('make the spring-forward day 23 hours and skip the missing hour (New York, 2026-03-08)', () => {
    expect(starts('2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z', DAY, 'America/New_York')).toEqual([
      '2026-03-07T05:00:00.000Z',
      '2026-03-08T05:00:00.000Z',
      '2026-03-09T04:00:00.000Z',
    ]);
    expect(starts('2026-03-08T05:00:00Z', '2026-03-08T10:00:00Z', 3 * HOUR, 'America/New_York')).toEqual([
      '2026-03-08T05:00:00.000Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-08T10:00:00.000Z',
    ]);
  });

  it('start hours on local hours in +05:30 and half hours in +05:45', () => {
    expect(starts('2026-06-01T00:00:00Z', '2026-06-01T02:00:00Z', HOUR, 'Asia/Kolkata')).toEqual([
      '2026-05-31T23:30:00.000Z',
      '2026-06-01T00:30:00.000Z',
      '2026-06-01T01:30:00.000Z',
    ]);
    expect(starts('2026-06-01T00:00:00Z', '2026-06-01T01:00:00Z', 30 * 60_000, 'Asia/Kathmandu')).toEqual([
      '2026-05-31T23:45:00.000Z',
      '2026-06-01T00:15:00.000Z',
      '2026-06-01T00:45:00.000Z',
    ]);
    expect(starts('2026-06-01T00:00:00Z', '2026-06-02T00:00:00Z', DAY, 'Asia/Kolkata')).toEqual([
      '2026-05-31T18:30:00.000Z',
      '2026-06-01T18:30:00.000Z',
    ]);
  });

  it('end with today’s local day in UTC+14 and UTC-12', () => {
    // 2026-12-01 12:00 UTC is 2026-12-02 02:00 in Kiritimati and 2026-12-01 00:00 in Etc/GMT+12
    const now = '2026-12-01T12:00:00Z';
    expect(starts('2026-11-29T12:00:00Z', now, DAY, 'Pacific/Kiritimati')).toEqual([
      '2026-11-29T10:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
    ]);
    expect(starts('2026-11-29T12:00:00Z', now, DAY, 'Etc/GMT+12')).toEqual([
      '2026-11-29T12:00:00.000Z',
      '2026-11-30T12:00:00.000Z',
      '2026-12-01T12:00:00.000Z',
    ]);
  });

  it('align weeks to the same local weekday as UTC weeks do (from 1970-01-01)', () => {
    const week = starts('2026-11-01T00:00:00Z', '2026-11-20T00:00:00Z', 7 * DAY, 'Pacific/Kiritimati');
    expect(week).toEqual([
      '2026-10-28T10:00:00.000Z',
      '2026-11-04T10:00:00.000Z',
      '2026-11-11T10:00:00.000Z',
      '2026-11-18T10:00:00.000Z',
    ]);
  });

  it('place an instant in the last bucket starting at or before it, clamped to the ends', () => {
    const list = [10, 20, 30];
    expect([5, 10, 19, 20, 29, 30, 99].map((t) => bucketIndex(list, t))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });
});
