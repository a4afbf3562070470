/**
 * Wall clocks of IANA time zones: the offset in effect at an instant, and the instants a wall
 * clock time names (two in a repeated hour, none in a skipped one). Pure: the histogram's local
 * buckets (server and demo) and the range picker share it.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** wider than any offset (−12:00…+14:00, and the odd historical one): both sides of a wall time */
const REACH = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let intl = formatters.get(timeZone);
  if (intl === undefined) {
    intl = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, intl);
  }
  return intl;
}

/** the end of `11/1/2026, GMT-04:00` (`GMT` alone at UTC; seconds in some historical offsets) */
const LONG_OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The zone's offset from UTC at `ms`, in ms (UTC-04:00 is −14,400,000). */
export function offsetAt(timeZone: string, ms: number): number {
  if (timeZone === 'UTC') return 0;
  // format() and a regular expression: three times faster than formatToParts()
  const text = formatter(timeZone).format(ms);
  const match = LONG_OFFSET.exec(text);
  if (!match) throw new Error(`no offset for ${timeZone} at ${ms}: "${text}"`);
  const [, sign, h, m, s] = match;
  if (!sign) return 0;
  const size = Number(h) * HOUR + Number(m) * MINUTE + Number(s ?? 0) * 1000;
  return sign === '-' ? -size : size;
}

/** The wall clock at `ms` as epoch ms of the same fields in UTC. */
export function wallAt(timeZone: string, ms: number): number {
  return ms + offsetAt(timeZone, ms);
}

/** `UTC-04:00`, `UTC+05:45`, `UTC`: an offset people read without knowing the zone's abbreviations. */
export function offsetLabel(offsetMs: number): string {
  if (offsetMs === 0) return 'UTC';
  const minutes = Math.round(Math.abs(offsetMs) / MINUTE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The first instant in (`after`, `until`] whose offset differs from the one at `after`. */
function changeAfter(timeZone: string, after: number, until: number): number {
  const before = offsetAt(timeZone, after);
  let lo = after;
  let hi = until;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetAt(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** What a wall clock time names in a zone. */
export type WallTime =
  /** one instant, or two when the clocks went back over it (earliest first) */
  | { readonly kind: 'exists'; readonly instants: readonly { ms: number; offset: number }[] }
  /** none: the clocks jumped from `from` to `to` (wall times) at instant `at` */
  | {
      readonly kind: 'skipped';
      readonly at: number;
      readonly from: number;
      readonly to: number;
      readonly offsets: readonly [number, number];
    };

/** The instants whose wall clock in `timeZone` reads `wall` (epoch ms of the same fields in UTC). */
export function instantsOf(timeZone: string, wall: number): WallTime {
  if (timeZone === 'UTC') return { kind: 'exists', instants: [{ ms: wall, offset: 0 }] };
  const before = offsetAt(timeZone, wall - REACH);
  const after = offsetAt(timeZone, wall + REACH);
  // zones change offset months apart: the same offset on both sides held all along
  if (before === after) return { kind: 'exists', instants: [{ ms: wall - before, offset: before }] };
  const instants = [...new Set([before, after])]
    .map((offset) => ({ ms: wall - offset, offset }))
    .filter(({ ms, offset }) => offsetAt(timeZone, ms) === offset)
    .sort((a, b) => a.ms - b.ms);
  if (instants.length > 0) return { kind: 'exists', instants };
  // no offset fits: the clocks went forward over this wall time
  const at = changeAfter(timeZone, wall - after, wall - before);
  return { kind: 'skipped', at, from: at + before, to: at + after, offsets: [before, after] };
}
