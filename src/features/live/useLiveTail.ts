import { useEffect, useReducer, useRef, useState } from 'react';
import { fetchTail } from '../../api/tail';
import type { StreamName } from '../../api/streams';
import { initialTail, tailReducer } from './tailState';

/** how often a live grid asks for new records */
export const POLL_MS = 2000;

interface Options {
  /** polling at all (Live on and not paused) */
  running: boolean;
  /** the reader sees the top of the grid: new records go straight in */
  atTop: boolean;
}

/**
 * The records of a search that arrive after it ran (`at`), polled with a watermark: each
 * answer covers (previous watermark, its own], so none is missed and none comes twice.
 */
export function useLiveTail(stream: StreamName, q: string, at: number | null, { running, atTop }: Options) {
  const after = at === null ? '' : new Date(at).toISOString();
  const key = `${stream}|${q}|${after}`;
  const [state, dispatch] = useReducer(tailReducer, initialTail(key, after));
  const [error, setError] = useState<string | null>(null);
  const current = state.key === key;
  // the poll loop reads the latest watermark and scroll position without restarting
  const untilRef = useRef(state.until);
  const atTopRef = useRef(atTop);
  useEffect(() => {
    untilRef.current = current ? state.until : after;
    atTopRef.current = atTop;
  });

  // a new search (or a refresh) starts a new tail from the instant it ran
  useEffect(() => {
    if (!current) dispatch({ type: 'reset', key, after });
  }, [current, key, after]);

  useEffect(() => {
    if (!running || at === null || !current) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const tail = await fetchTail(
          stream,
          { q: q || undefined, after: untilRef.current },
          controller.signal,
        );
        dispatch({ type: 'received', items: tail.items, until: tail.until, atTop: atTopRef.current });
        setError(null);
      } catch (e) {
        if (controller.signal.aborted) return;
        // the watermark did not move: the next poll asks for the same records again
        setError(e instanceof Error ? e.message : String(e));
      }
      if (!controller.signal.aborted) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [running, stream, q, at, current]);

  // back at the top, whatever waited behind the notice is shown
  useEffect(() => {
    if (atTop && current && state.pending.length > 0) dispatch({ type: 'show' });
  }, [atTop, current, state.pending.length]);

  return {
    shown: current ? state.shown : [],
    pending: current ? state.pending.length : 0,
    shownUntil: current && state.shown.length > 0 ? state.shownUntil : null,
    error,
    show: () => dispatch({ type: 'show' }),
  };
}
