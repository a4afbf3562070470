import { afterEach, describe, expect, it } from 'vitest';
import { formatTime, localZoneName } from './time';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('localZoneName', () => {
  it.each([
    ['Europe/Paris', '2026-11-24T12:00:00Z', 'UTC+01:00'],
    ['Europe/Paris', '2026-07-01T12:00:00Z', 'UTC+02:00'],
    ['Asia/Kolkata', '2026-11-24T12:00:00Z', 'UTC+05:30'],
    ['America/St_Johns', '2026-11-24T12:00:00Z', 'UTC-03:30'],
    ['UTC', '2026-11-24T12:00:00Z', 'UTC'],
  ])('in %s at %s is %s', (zone, instant, label) => {
    process.env.TZ = zone;
    expect(localZoneName(new Date(instant))).toBe(label);
  });

  it('labels local times with the offset of their own date', () => {
    process.env.TZ = 'Europe/Paris';
    expect(formatTime('2026-03-29T00:30:00.000Z', 'local')).toBe('2026-03-29 01:30:00.000 UTC+01:00');
    expect(formatTime('2026-03-29T01:30:00.000Z', 'local')).toBe('2026-03-29 03:30:00.000 UTC+02:00');
  });
});
