/** Times for exported files: ISO 8601 in a named IANA zone, with its offset. */

export function isTimeZone(name: string): boolean {
  if (name === '' || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

// Zones change offset at most every quarter hour; one Intl call per quarter keeps a
// million-row export from spending seconds in formatToParts.
const QUARTER_HOUR = 15 * 60_000;
const MAX_CACHED = 20_000;

/** A formatter `iso UTC → 2026-11-23T15:04:05.123+01:00` for one zone; unparseable input gives ''. */
export function zonedIsoFormatter(timeZone: string): (value: string) => string {
  const intl = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsets = new Map<number, number>();

  function offsetAt(ms: number): number {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    const cached = offsets.get(bucket);
    if (cached !== undefined) return cached;
    const at = bucket * QUARTER_HOUR;
    const parts = intl.formatToParts(at);
    const get = (type: Intl.DateTimeFormatPartTypes) =>
      Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(
      get('year'),
      get('month') - 1,
      get('day'),
      get('hour'),
      get('minute'),
      get('second'),
    );
    const offset = wall - at;
    if (offsets.size >= MAX_CACHED) offsets.clear();
    offsets.set(bucket, offset);
    return offset;
  }

  return (value) => {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return '';
    const offset = offsetAt(ms);
    const local = new Date(ms + offset);
    const minutes = Math.round(offset / 60_000);
    const sign = minutes < 0 ? '-' : '+';
    return (
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
      `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
      `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`
    );
  };
}
