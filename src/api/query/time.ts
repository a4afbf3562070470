/**
 * Time literals of the query language: a calendar date, optionally a time of day, optionally
 * a zone. Hand-rolled rather than Date.parse because Date.parse reads `2026-11-01T10:00` as
 * *local* time, which would make the browser and the mock server disagree by time zone.
 * Literals without a zone are UTC, like the ISO strings in the records.
 */

export interface TimeLiteral {
  /** epoch milliseconds of the first instant the literal covers */
  readonly start: number;
  /** milliseconds its precision covers: a day for a date, a minute for `T10:00`, … */
  readonly span: number;
  /** true when it names a zone (`Z` or an offset) */
  readonly zoned: boolean;
}

// Anchored, and every group is fixed-width or ends where the next cannot start: no backtracking.
const TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:\d{2})?)?$/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
/** The Gregorian calendar repeats every 400 years, which are exactly this many days. */
const DAYS_PER_400_YEARS = 146_097;

export function parseTimeLiteral(text: string): TimeLiteral | undefined {
  const m = TIME_PATTERN.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const fraction = m[7] ?? '';
  const offset = parseOffset(m[8]);
  const validDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!validDate || hour > 23 || minute > 59 || second > 59 || offset === undefined) {
    return undefined;
  }
  const millis = fraction === '' ? 0 : Number(fraction.padEnd(3, '0').slice(0, 3));
  const start = utcMillis(year, month, day, hour, minute, second, millis) - offset * MINUTE;
  return { start, span: spanOf(m[4], m[6], fraction), zoned: m[8] !== undefined };
}

/** A record's time value as an instant; NaN when it is not a date. */
export function instantOf(value: string): number {
  return parseTimeLiteral(value)?.start ?? Date.parse(value);
}

/** -1, 0 or 1 as a is before, at or after b; NaN when either is NaN, so no comparison holds. */
export function compareNumbers(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  return a === b ? 0 : NaN;
}

/**
 * Compares time values with one fixed instant. Values in Date#toISOString's fixed-width form
 * (what records hold) are compared as text, where text order is time order: about thirty
 * times faster than parsing each of a million records.
 */
export function timeComparator(instant: number): (value: string) => number {
  const text = canonicalUtc(instant);
  return (value) => {
    if (text !== undefined && isCanonicalUtc(value)) return value < text ? -1 : value > text ? 1 : 0;
    return compareNumbers(instantOf(value), instant);
  };
}

const CANONICAL_SHAPE = 'dddd-dd-ddTdd:dd:dd.dddZ';
const DIGIT_SLOT = CANONICAL_SHAPE.charCodeAt(0);
const MAX_DATE_MS = 8.64e15;

function canonicalUtc(instant: number): string | undefined {
  if (!(Math.abs(instant) <= MAX_DATE_MS)) return undefined;
  const iso = new Date(instant).toISOString();
  // Years outside 0000–9999 get a sign and six digits, which would break text order.
  return iso.length === CANONICAL_SHAPE.length ? iso : undefined;
}

/** Strict, so that malformed values take the slow path and compare as NaN like elsewhere. */
function isCanonicalUtc(value: string): boolean {
  if (value.length !== CANONICAL_SHAPE.length) return false;
  for (let i = 0; i < CANONICAL_SHAPE.length; i++) {
    const c = value.charCodeAt(i);
    const slot = CANONICAL_SHAPE.charCodeAt(i);
    if (slot === DIGIT_SLOT ? c < 48 || c > 57 : c !== slot) return false;
  }
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const validDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  return validDate && twoDigits(value, 11) <= 23 && twoDigits(value, 14) <= 59 && twoDigits(value, 17) <= 59;
}

/** Allocation-free: this runs once per record. */
function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
}

/** Minutes east of UTC; undefined when out of range. No zone means UTC. */
function parseOffset(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function spanOf(hour: string | undefined, second: string | undefined, fraction: string): number {
  if (hour === undefined) return DAY;
  if (second === undefined) return MINUTE;
  if (fraction === '') return SECOND;
  return Math.max(1, 10 ** (3 - fraction.length));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Date.UTC maps years 0–99 to 1900–1999, so those are computed 400 years later and shifted back.
function utcMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
): number {
  const shift = year < 100 ? 400 : 0;
  const t = Date.UTC(year + shift, month - 1, day, hour, minute, second, millis);
  return shift === 0 ? t : t - DAYS_PER_400_YEARS * DAY;
}
