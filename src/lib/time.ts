import type { TimeZoneChoice } from './preferences';

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

/**
 * The local zone at `date` as its offset from UTC, e.g. "UTC+01:00" ("UTC" when none). An
 * offset is unambiguous where abbreviations are not (CST names three zones), and it needs no
 * Intl time-zone data, whose loading cost 30–100 ms on every cold page load.
 */
export function localZoneName(date = new Date()): string {
  const minutes = -date.getTimezoneOffset();
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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

/** The IANA zone of a choice: the browser's own for local time ("UTC" when it names none). */
export function timeZoneOf(zone: TimeZoneChoice): string {
  if (zone === 'utc') return 'UTC';
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
