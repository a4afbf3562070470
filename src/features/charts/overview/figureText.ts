import type { OverviewFigure } from '../../../api/schemas/overview';
import { formatCount } from '../../../api/formatCount';

/** The value a figure shows: a count, or a rate of its `per` search. */
export function figureValue(figure: OverviewFigure): string {
  if (!figure.per) return formatCount(figure.count);
  return figure.per.count === 0 ? '—' : percent(figure.count / figure.per.count);
}

export function percent(ratio: number): string {
  const p = ratio * 100;
  return `${p < 10 ? p.toFixed(2) : p.toFixed(1)}%`;
}

export interface Change {
  text: string;
  /** better, worse, or neither (no change, or nothing to compare with) */
  tone: 'better' | 'worse' | 'same';
}

/** Against the previous period: percent change of counts, percentage points of rates. */
export function figureChange(figure: OverviewFigure): Change | null {
  if (figure.previousCount === null) return null;
  let delta: number;
  let text: string;
  if (figure.per) {
    if (figure.per.previousCount === null || figure.per.previousCount === 0 || figure.per.count === 0)
      return { text: 'nothing to compare with', tone: 'same' };
    const now = figure.count / figure.per.count;
    const before =
      figure.count === 0 && figure.previousCount === 0 ? 0 : figure.previousCount / figure.per.previousCount;
    delta = now - before;
    text = `${delta >= 0 ? '+' : '−'}${Math.abs(delta * 100).toFixed(2)} points`;
  } else {
    if (figure.previousCount === 0)
      return figure.count === 0
        ? { text: 'no change', tone: 'same' }
        : { text: 'new (none before)', tone: toneOf(1, figure) };
    delta = (figure.count - figure.previousCount) / figure.previousCount;
    text = `${delta >= 0 ? '+' : '−'}${Math.abs(delta * 100).toFixed(0)}%`;
  }
  if (Math.abs(delta) < 1e-9) return { text: 'no change', tone: 'same' };
  return { text, tone: toneOf(delta, figure) };
}

function toneOf(delta: number, figure: OverviewFigure): Change['tone'] {
  if (figure.moreIsWorse === null) return 'same';
  return delta > 0 === figure.moreIsWorse ? 'worse' : 'better';
}
