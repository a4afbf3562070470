import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../api/streams';
import { initialTail, tailReducer, type TailAction, type TailState } from './tailState';

const T0 = Date.parse('2026-11-24T00:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const record = (n: number): AuditRecord => ({ id: `r-${String(n)}`, time: iso(T0 + n) });

/**
 * Records 1..n arrive in order; polls answer windows of them, sometimes again (a retried or
 * overlapping poll), interleaved with scrolling and "show" clicks.
 */
const scenario = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    cuts: fc
      .uniqueArray(fc.integer({ min: 1, max: n }), { maxLength: 12 })
      .map((c) => c.sort((a, b) => a - b)),
    steps: fc.array(
      fc.record({ atTop: fc.boolean(), show: fc.boolean(), repeat: fc.boolean(), overlap: fc.nat(5) }),
      {
        minLength: 13,
        maxLength: 13,
      },
    ),
  }),
);

function run({
  n,
  cuts,
  steps,
}: {
  n: number;
  cuts: number[];
  steps: { atTop: boolean; show: boolean; repeat: boolean; overlap: number }[];
}) {
  let state: TailState = initialTail('k', iso(T0));
  const apply = (a: TailAction) => (state = tailReducer(state, a));
  const bounds = [...cuts, n];
  let from = 0;
  bounds.forEach((to, i) => {
    const step = steps[i] ?? { atTop: true, show: false, repeat: false, overlap: 0 };
    // a window (from, to], widened back by `overlap` records the previous answer already had
    const items = [];
    for (let k = to; k > Math.max(0, from - step.overlap); k--) items.push(record(k));
    apply({ type: 'received', items, until: iso(T0 + to), atTop: step.atTop });
    if (step.repeat) apply({ type: 'received', items, until: iso(T0 + to), atTop: step.atTop });
    if (step.show) apply({ type: 'show' });
    from = to;
  });
  return state;
}

describe('live tail merge', () => {
  it('holds every arrival exactly once, newest first, shown or waiting behind the notice', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const state = run(s);
        const all = [...state.pending, ...state.shown].map((r) => r.id);
        const expected = Array.from({ length: s.n }, (_, i) => `r-${String(s.n - i)}`);
        expect(all).toEqual(expected);
        const shown = tailReducer(state, { type: 'show' });
        expect(shown.pending).toEqual([]);
        expect(shown.shown.map((r) => r.id)).toEqual(expected);
        expect(shown.shownUntil).toBe(shown.until);
      }),
    );
  });

  it('counts in shownUntil only what is shown', () => {
    let state = initialTail('k', iso(T0));
    state = tailReducer(state, {
      type: 'received',
      items: [record(2), record(1)],
      until: iso(T0 + 2),
      atTop: true,
    });
    state = tailReducer(state, { type: 'received', items: [record(3)], until: iso(T0 + 3), atTop: false });
    expect(state.shown.map((r) => r.id)).toEqual(['r-2', 'r-1']);
    expect(state.pending.map((r) => r.id)).toEqual(['r-3']);
    expect(state.shownUntil).toBe(iso(T0 + 2));
  });

  it('ignores an answer older than the watermark', () => {
    let state = initialTail('k', iso(T0));
    state = tailReducer(state, { type: 'received', items: [record(5)], until: iso(T0 + 5), atTop: true });
    const stale = tailReducer(state, {
      type: 'received',
      items: [record(4)],
      until: iso(T0 + 4),
      atTop: true,
    });
    expect(stale).toBe(state);
  });
});
