/**
 * Sequence alignment for arrays: which old items correspond to which new items.
 *
 * Myers' O((N+M)·D) algorithm after trimming the common prefix and suffix, so that one insertion in the
 * middle of a huge array costs a linear scan. The edit distance D it will search is capped so that a
 * pathological pair (two large, unrelated arrays) costs bounded time and memory; past the cap the
 * unmatched middle is returned as one gap and the caller pairs it up by index.
 */

/** Work budget in comparisons: bounds the time spent on two large, very different arrays. */
const MAX_WORK = 20_000_000;
/** Trace memory grows with D², so D is capped on its own too (1,000² Int32 ≈ 4 MB). */
const MAX_EDITS = 1_000;

export interface Alignment {
  /** a[0, start) matches b[0, start) */
  start: number;
  /** a[endA, …) matches b[endB, …), item for item */
  endA: number;
  endB: number;
  /** [oldIndex, newIndex] pairs of equal keys in between, both strictly increasing */
  middle: [number, number][];
  /** false when the search gave up and the middle was left unaligned */
  exact: boolean;
}

export function alignSequences(a: readonly unknown[], b: readonly unknown[]): Alignment {
  let start = 0;
  while (start < a.length && start < b.length && Object.is(a[start], b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && Object.is(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  const middle = myers(a, b, start, endA - start, endB - start);
  return { start, endA, endB, middle: middle ?? [], exact: middle !== null };
}

/** Every matched pair, in order: handy for tests and callers that do not care about allocation. */
export function matchedPairs(alignment: Alignment, lengthA: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < alignment.start; i++) pairs.push([i, i]);
  pairs.push(...alignment.middle);
  for (let i = alignment.endA, j = alignment.endB; i < lengthA; i++, j++) pairs.push([i, j]);
  return pairs;
}

/** Matches between a[off, off+n) and b[off, off+m), or null when the edit distance exceeds the cap. */
function myers(
  a: readonly unknown[],
  b: readonly unknown[],
  off: number,
  n: number,
  m: number,
): [number, number][] | null {
  if (n === 0 || m === 0) return [];
  const maxD = Math.min(n + m, MAX_EDITS, Math.floor(MAX_WORK / (n + m)));
  const center = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  // trace[d] is the frontier before step d, for diagonals -d-1 … d+1 (index k + d + 1)
  const trace: Int32Array[] = [];

  for (let d = 0; d <= maxD; d++) {
    trace.push(v.slice(center - d - 1, center + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[center + k - 1] as number) < (v[center + k + 1] as number));
      let x = down ? (v[center + k + 1] as number) : (v[center + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && Object.is(a[off + x], b[off + y])) {
        x++;
        y++;
      }
      v[center + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, off);
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number, off: number): [number, number][] {
  const reversed: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const frontier = trace[d] as Int32Array;
    const at = (k: number) => frontier[k + d + 1] as number;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      reversed.push([off + x, off + y]);
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    reversed.push([off + x, off + y]);
  }
  return reversed.reverse();
}
