/**
 * Time bounds as the API and the URL take them: an ISO 8601 instant, or relative to now
 * (`now`, `now-15m`, `now-24h`, `now-7d`). Pure: shared by the app and the mock.
 */
const RELATIVE = /^now(?:-(\d{1,6})([smhdw]))?$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: what the ISO form above can express. */
const MIN_MS = -62_167_219_200_000;
const MAX_MS = 253_402_300_799_999;

/** A bound is only usable if its instant can be sent on as ISO (toISOString leaves 4-digit years outside these). */
function inRange(ms: number): number | null {
  return ms >= MIN_MS && ms <= MAX_MS ? ms : null;
}

export function isRelativeBound(value: string): boolean {
  return RELATIVE.test(value);
}

/** Epoch ms, or null when the value is neither relative nor a real ISO instant. */
export function parseTimeBound(value: string, now: number): number | null {
  const rel = RELATIVE.exec(value);
  if (rel) {
    const [, amount, unit] = rel;
    if (!amount || !unit) return inRange(now);
    return inRange(now - Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS]);
  }
  if (!ISO.test(value)) return null;
  const ms = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) return null;
  // Date.parse rolls 2026-02-30 over to March: an impossible date must be refused, not moved.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  if (day.getUTCMonth() + 1 !== m || day.getUTCDate() !== d) return null;
  return inRange(ms);
}
