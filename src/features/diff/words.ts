import { alignSequences, matchedPairs } from './align';

export interface WordSegment {
  text: string;
  /** removed from the old text, or added in the new one */
  changed: boolean;
}

/** Word diffs are for prose-sized strings; longer ones are shown whole, as one changed value. */
const MAX_CHARS = 10_000;

/** Word-level diff of two texts (words and runs of whitespace are tokens), or null if too long to bother. */
export function wordDiff(a: string, b: string): { old: WordSegment[]; new: WordSegment[] } | null {
  if (a.length + b.length > MAX_CHARS) return null;
  const tokensA = tokenize(a);
  const tokensB = tokenize(b);
  const alignment = alignSequences(tokensA, tokensB);
  if (!alignment.exact) return null;
  const keptA = new Set<number>();
  const keptB = new Set<number>();
  for (const [i, j] of matchedPairs(alignment, tokensA.length)) {
    keptA.add(i);
    keptB.add(j);
  }
  return { old: segments(tokensA, keptA), new: segments(tokensB, keptB) };
}

function tokenize(text: string): string[] {
  return text.split(/(\s+)/).filter((token) => token !== '');
}

/** Merges neighbouring tokens with the same status, so the DOM gets a few spans rather than one per word. */
function segments(tokens: readonly string[], kept: ReadonlySet<number>): WordSegment[] {
  const out: WordSegment[] = [];
  tokens.forEach((text, i) => {
    const changed = !kept.has(i);
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += text;
    else out.push({ text, changed });
  });
  return out;
}
