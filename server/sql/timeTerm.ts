/**
 * What a term on the stream's time field selects, before any SQL dialect writes it: the part of
 * evaluate.ts's time matching that both the Postgres and the ClickHouse compilers share.
 */
import type { Op } from '../../src/api/query/types';
import { parseTimeLiteral } from '../../src/api/query/time';

export type TimeComparison = Exclude<Op, 'prefix' | 'eq'>;

export type TimeTerm =
  /** time_ms in [start, end) */
  | { readonly kind: 'range'; readonly start: number; readonly end: number }
  | { readonly kind: 'compare'; readonly op: TimeComparison; readonly instant: number }
  /** time_iso (Date#toISOString's text) starts with `prefix` */
  | { readonly kind: 'isoPrefix'; readonly prefix: string }
  | { readonly kind: 'none' };

/** What lower-cased Date#toISOString text (all that time_iso holds) is made of. */
const ISO_LOWER = /^[0-9tz:.-]*$/;

export function timeTerm(op: Op, value: string): TimeTerm {
  if (op === 'prefix') return timePrefix(value);
  if (op === 'eq') {
    const literal = parseTimeLiteral(value);
    if (literal === undefined || !literal.zoned) return timePrefix(value);
    // A zoned literal names the span its precision covers, as an instant range.
    return { kind: 'range', start: literal.start, end: literal.start + literal.span };
  }
  const instant = parseTimeLiteral(value)?.start ?? Date.parse(value);
  return Number.isNaN(instant) ? { kind: 'none' } : { kind: 'compare', op, instant };
}

/**
 * evaluate.ts matches a zoneless time by prefix of the lower-cased ISO text. A whole literal
 * (`2026-11-20`, `…T10:00`, `…:05.1`) prefixes exactly the instants of the span it names, so
 * it becomes a range the time index answers; any other text is a prefix of time_iso.
 */
function timePrefix(value: string): TimeTerm {
  const needle = value.toLowerCase();
  const literal = parseTimeLiteral(value);
  if (literal !== undefined && !literal.zoned && isoText(literal.start)?.toLowerCase().startsWith(needle)) {
    return { kind: 'range', start: literal.start, end: literal.start + literal.span };
  }
  if (!ISO_LOWER.test(needle)) return { kind: 'none' };
  return { kind: 'isoPrefix', prefix: needle.replace(/t/g, 'T').replace(/z/g, 'Z') };
}

function isoText(instant: number): string | undefined {
  return Math.abs(instant) <= 8.64e15 ? new Date(instant).toISOString() : undefined;
}
