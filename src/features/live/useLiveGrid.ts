import { useMemo, useState } from 'react';
import type { SearchController } from '../search/controller';
import { defaultSearchState, printSort } from '../search/searchState';
import { useLiveTail } from './useLiveTail';

/**
 * A grid with Live: arrivals go above the search's rows (whose pages stay pinned to the
 * instant the search ran), or wait behind a notice while the reader is scrolled down.
 */
export function useLiveGrid({ definition, state, update, pages, parsed }: SearchController) {
  const { stream, contract } = definition;
  // the search's own rows and total, and the instant it ran at (null while a new one loads)
  const { rows, total, at, query } = pages;
  const refetch = () => void query.refetch();
  const runnable = parsed.ok;
  const [wanted, setWanted] = useState(false);
  const [paused, setPaused] = useState(false);
  const [atTop, setAtTop] = useState(true);
  const [toTop, setToTop] = useState(0);
  // new records go on top of a newest-first search that runs up to now: zooming into a past
  // range or sorting by another column (here or by back/forward) suspends Live
  const newestFirst = defaultSearchState(contract).sort;
  const live = wanted && state.to === null && printSort(state.sort) === printSort(newestFirst);
  const tail = useLiveTail(stream, state.q, at, { running: live && !paused && runnable, atTop });
  const merged = useMemo(() => (tail.shown.length ? [...tail.shown, ...rows] : rows), [tail.shown, rows]);

  const onLive = (on: boolean) => {
    setWanted(on);
    setPaused(false);
    if (!on) refetch();
    else if (state.to !== null || printSort(state.sort) !== printSort(newestFirst))
      update({ to: null, sort: newestFirst });
  };

  return {
    rows: merged,
    total: total === null ? null : total + tail.shown.length,
    /** the search's end while arrivals are shown: the histogram counts up to here */
    shownUntil: tail.shownUntil,
    controls: { live, paused, onLive, onPause: setPaused, error: tail.error },
    notice: live
      ? {
          count: tail.pending,
          onShow: () => {
            tail.show();
            setToTop(toTop + 1);
          },
        }
      : null,
    gridProps: { onAtTopChange: setAtTop, scrollToTop: toTop },
  };
}
