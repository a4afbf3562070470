/**
 * A search's time range as conditions on time_ms. Both ends are inclusive, as in the demo
 * (mocks' timeSlice keeps from ≤ time ≤ to), so that a record at exactly `to` is listed by both.
 */
import type { SqlParams } from './params';

const MAX_MS = 8.64e15;

export function compileTimeRange(from: number | null, to: number | null, params: SqlParams): string[] {
  const conditions: string[] = [];
  // time_ms holds whole milliseconds, so rounding inward keeps exactly the same records
  if (from !== null) conditions.push(`time_ms >= ${params.add(Math.ceil(bound(from)), 'bigint')}`);
  if (to !== null) conditions.push(`time_ms <= ${params.add(Math.floor(bound(to)), 'bigint')}`);
  return conditions;
}

function bound(ms: number): number {
  if (!(Math.abs(ms) <= MAX_MS)) throw new RangeError(`Time bound ${ms} is not an instant`);
  return ms;
}
