import type { TimeZoneChoice } from '../app/preferences';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(date: Date, zone: TimeZoneChoice) {
  const utc = zone === 'utc';
  return {
    y: utc ? date.getUTCFullYear() : date.getFullYear(),
    mo: (utc ? date.getUTCMonth() : date.getMonth()) + 1,
    d: utc ? date.getUTCDate() : date.getDate(),
    h: utc ? date.getUTCHours() : date.getHours(),
    mi: utc ? date.getUTCMinutes() : date.getMinutes(),
    s: utc ? date.getUTCSeconds() : date.getSeconds(),
    ms: utc ? date.getUTCMilliseconds() : date.getMilliseconds(),
  };
}

/** Local zone's short name, e.g. "CET" or "GMT+1". */
let zoneNameFormat: Intl.DateTimeFormat | null = null;

export function localZoneName(date = new Date()): string {
  // building a DateTimeFormat costs far more than using one, and every time cell asks
  zoneNameFormat ??= new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });
  const part = zoneNameFormat.formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? 'local';
}

export function zoneLabel(zone: TimeZoneChoice, date?: Date): string {
  return zone === 'utc' ? 'UTC' : localZoneName(date);
}

/** `2026-11-23 14:05:12.345 UTC`; an unparseable value is shown as it came. */
export function formatTime(value: string | number | Date, zone: TimeZoneChoice, withMs = true): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const p = parts(date, zone);
  const ms = withMs ? `.${pad(p.ms, 3)}` : '';
  return `${p.y}-${pad(p.mo)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${ms} ${zoneLabel(zone, date)}`;
}

export function otherZone(zone: TimeZoneChoice): TimeZoneChoice {
  return zone === 'utc' ? 'local' : 'utc';
}
