import type { AuditRecord } from '../../api/streams';

/**
 * What a live tail has received since its search ran. Pure, so that "no record twice, none
 * missed" can be checked against any order of arrivals, scrolling and clicks.
 */
export interface TailState {
  /** the search (and the instant it ran at) this tail follows */
  key: string;
  /** the watermark: every record up to this instant (ISO) has been received */
  until: string;
  /** shown above the grid's rows, newest first */
  shown: readonly AuditRecord[];
  /** received while the reader was scrolled down, newest first: the "N new records" notice */
  pending: readonly AuditRecord[];
  /** the watermark of what is shown: the histogram counts up to here */
  shownUntil: string;
  /** every id received, so a record in two answers is kept once */
  ids: ReadonlySet<string>;
}

export function initialTail(key: string, after: string): TailState {
  return { key, until: after, shown: [], pending: [], shownUntil: after, ids: new Set() };
}

export type TailAction =
  | { type: 'received'; items: readonly AuditRecord[]; until: string; atTop: boolean }
  | { type: 'show' }
  | { type: 'reset'; key: string; after: string };

export function tailReducer(state: TailState, action: TailAction): TailState {
  if (action.type === 'reset') return initialTail(action.key, action.after);
  if (action.type === 'show') {
    if (state.pending.length === 0) return state;
    return { ...state, shown: [...state.pending, ...state.shown], pending: [], shownUntil: state.until };
  }
  // an answer to a poll that an earlier answer already covered adds nothing
  if (action.until < state.until) return state;
  const ids = new Set(state.ids);
  const fresh = action.items.filter((r) => {
    if (ids.has(r.id)) return false;
    ids.add(r.id);
    return true;
  });
  const next = { ...state, ids, until: action.until };
  if (action.atTop)
    return {
      ...next,
      shown: [...fresh, ...state.pending, ...state.shown],
      pending: [],
      shownUntil: action.until,
    };
  return { ...next, pending: [...fresh, ...state.pending] };
}
