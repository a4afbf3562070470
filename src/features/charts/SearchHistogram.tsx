import { useCallback, useMemo } from 'react';
import type { HistogramParams } from '../../api/schemas/histogram';
import { useAfterPaint } from '../../lib/useAfterPaint';
import { useSearch } from '../search/controller';
import { histogramParams, joinQueries } from '../search/histogramSearch';
import { searchError } from '../search/searchError';
import { writeSearchParams } from '../search/searchState';
import { chartPreference } from './chartPreference';
import { HiddenHistogram } from './HiddenHistogram';
import { LazyHistogram } from './LazyHistogram';

/**
 * The histogram of exactly the grid's search; zooming and its table's links change that search.
 * It can be hidden (remembered in this browser), leaving a one-line bar to show it again.
 * `until`: where shown live arrivals end, when there are some.
 */
export function SearchHistogram({ until }: { until: string | null }) {
  const { definition, state, update, pages, zone } = useSearch();
  const { at } = pages;
  const wanted =
    at === null ? null : { ...histogramParams(state, at, zone), ...(until ? { to: until } : {}) };
  // the rows of a new search paint first; then the histogram asks for their counts
  const paintedKey = useAfterPaint(JSON.stringify(wanted));
  const params = useMemo(() => JSON.parse(paintedKey) as HistogramParams | null, [paintedKey]);
  const onRange = useCallback((from: string, to: string) => update({ from, to, record: null }), [update]);
  const { query } = pages;
  const [chart, setChart] = chartPreference.usePersisted();
  const onHide = useCallback(() => setChart('hidden'), [setChart]);
  // hidden, it asks for no counts and loads no chart code
  if (chart === 'hidden') return <HiddenHistogram onShow={() => setChart('shown')} />;
  const blocked =
    query.isError && at === null
      ? { message: searchError(query.error), retry: () => void query.refetch() }
      : null;
  return (
    <LazyHistogram
      stream={definition.stream}
      params={params}
      zone={zone}
      onRange={onRange}
      blocked={blocked}
      onHide={onHide}
      hrefFor={(drill) => {
        const search = {
          ...state,
          q: joinQueries(state.q, drill.band),
          from: drill.from,
          to: drill.to,
          record: null,
        };
        return `?${writeSearchParams(search, definition.contract).toString()}`;
      }}
    />
  );
}
