import type { ExportFormat } from '../../api/schemas/export';

/** `2026-11-01T00:00:00.000Z` → `2026-11-01T00-00Z`: sorts by time, and no `:` (Windows refuses it). */
function stamp(iso: string): string {
  return `${iso.slice(0, 16).replace(':', '-')}Z`;
}

/** e.g. `authentication_2026-11-01T00-00Z_2026-11-22T00-00Z.csv`; an open start reads `beginning`. */
export function exportFileName(
  stream: string,
  range: { from?: string; to?: string },
  now: number,
  format: ExportFormat,
): string {
  const from = range.from === undefined ? 'beginning' : stamp(range.from);
  const to = stamp(range.to ?? new Date(now).toISOString());
  return `${stream}_${from}_${to}.${format}`;
}
