/**
 * A count as the console prints counts: "12,345", what `toLocaleString('en')` prints. The first
 * use of Intl number formatting in a page costs ~20 ms (ICU data), on every cold load.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out === '' ? group : `${group},${out}`;
  }
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}
