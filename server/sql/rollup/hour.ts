/** The rollup's unit: an hour of UTC, which every histogram interval from an hour up is made of. */
export const HOUR_MS = 3_600_000;

/** ms − (ms mod an hour), with a modulo that is never negative: before 1970 too, exactly. */
export function floorHour(ms: number): number {
  return ms - (((ms % HOUR_MS) + HOUR_MS) % HOUR_MS);
}

export function ceilHour(ms: number): number {
  const floor = floorHour(ms);
  return floor === ms ? ms : floor + HOUR_MS;
}

/** floorHour() of a bigint column in SQL: Postgres's % truncates toward zero, as JavaScript's does. */
export function hourOf(column: string): string {
  return `(${column} - ((${column} % ${HOUR_MS}) + ${HOUR_MS}) % ${HOUR_MS})`;
}
