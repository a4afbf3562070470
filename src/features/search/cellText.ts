/** Long values are cut for the grid; the drawer shows them whole. */
export const GRID_TEXT_LIMIT = 300;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  return text.length > GRID_TEXT_LIMIT ? `${text.slice(0, GRID_TEXT_LIMIT)}…` : text;
}
