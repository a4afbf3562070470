import { describe, expect, it } from 'vitest';
import { resolveWallBound, wallBoundOf, type WallBound } from './wallClock';

const HOUR = 3_600_000;
const NEW_YORK = 'America/New_York';
const at = (iso: string) => Date.parse(iso);
const wall = (text: string) => at(`${text}Z`);

describe('range picker bounds', () => {
  it('come back as the very instant they were made from, in either 01:40 of 2026-11-01', () => {
    for (const iso of ['2026-11-01T05:40:00.250Z', '2026-11-01T06:40:00.250Z']) {
      const bound = wallBoundOf(NEW_YORK, at(iso));
      expect(resolveWallBound(NEW_YORK, bound)).toMatchObject({ kind: 'instant', ms: at(iso) });
    }
  });

  it('keep the offset meant when a field is edited: 01:40 EST with new seconds stays EST', () => {
    const bound = wallBoundOf(NEW_YORK, at('2026-11-01T06:40:00Z'));
    const edited: WallBound = { ...bound, wall: bound.wall + 15_000 };
    expect(resolveWallBound(NEW_YORK, edited)).toMatchObject({
      ms: at('2026-11-01T06:40:15Z'),
      offset: -5 * HOUR,
    });
  });

  it('offer both instances of a repeated time, the first by default', () => {
    const typed: WallBound = { wall: wall('2026-11-01T01:30:00'), offset: 0 };
    expect(resolveWallBound(NEW_YORK, typed)).toEqual({
      kind: 'instant',
      ms: at('2026-11-01T05:30:00Z'),
      offset: -4 * HOUR,
      repeated: [
        { ms: at('2026-11-01T05:30:00Z'), offset: -4 * HOUR },
        { ms: at('2026-11-01T06:30:00Z'), offset: -5 * HOUR },
      ],
    });
    expect(resolveWallBound(NEW_YORK, { ...typed, offset: -5 * HOUR })).toMatchObject({
      ms: at('2026-11-01T06:30:00Z'),
    });
  });

  it('say a time in the spring-forward gap does not exist, and why', () => {
    expect(resolveWallBound(NEW_YORK, { wall: wall('2026-03-08T02:30:00'), offset: -5 * HOUR })).toEqual({
      kind: 'skipped',
      message:
        '2026-03-08 02:30:00 does not exist in local time: at 2026-03-08 02:00 the clocks went forward ' +
        'to 03:00 (UTC-05:00 → UTC-04:00).',
    });
  });

  it('resolve extreme and half-hour zones by their own offsets', () => {
    const cases: [string, string, string][] = [
      ['Asia/Kolkata', '2026-06-01T05:30:00', '2026-06-01T00:00:00Z'],
      ['Pacific/Kiritimati', '2026-12-02T02:00:00', '2026-12-01T12:00:00Z'],
      ['Etc/GMT+12', '2026-12-01T00:00:00', '2026-12-01T12:00:00Z'],
      ['UTC', '2026-12-01T00:00:00', '2026-12-01T00:00:00Z'],
    ];
    for (const [zone, local, utc] of cases)
      expect(resolveWallBound(zone, { wall: wall(local), offset: 0 }), zone).toMatchObject({
        kind: 'instant',
        ms: at(utc),
        repeated: null,
      });
  });
});
