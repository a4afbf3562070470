import { useCallback, useMemo } from 'react';
import type { HistogramParams } from '../../api/schemas/histogram';
import type { AuditRecord, StreamContract, StreamName } from '../../api/streams';
import type { TimeZoneChoice } from '../../lib/preferences';
import { useAfterPaint } from '../../lib/useAfterPaint';
import { LazyHistogram } from '../charts/LazyHistogram';
import { histogramParams, joinQueries } from './histogramSearch';
import { writeSearchParams, type SearchState } from './searchState';

interface Props {
  stream: StreamName;
  contract: StreamContract<AuditRecord>;
  state: SearchState;
  update: (patch: Partial<SearchState>) => void;
  /** the instant the grid's search ran at; null while it loads */
  at: number | null;
  /** where shown live arrivals end, when there are some */
  until: string | null;
  zone: TimeZoneChoice;
}

/** The histogram of exactly the grid's search; zooming and its table's links change that search. */
export function SearchHistogram({ stream, contract, state, update, at, until, zone }: Props) {
  const wanted = at === null ? null : { ...histogramParams(state, at), ...(until ? { to: until } : {}) };
  // the rows of a new search paint first; then the histogram asks for their counts
  const paintedKey = useAfterPaint(JSON.stringify(wanted));
  const params = useMemo(() => JSON.parse(paintedKey) as HistogramParams | null, [paintedKey]);
  const onRange = useCallback((from: string, to: string) => update({ from, to, record: null }), [update]);
  return (
    <LazyHistogram
      stream={stream}
      params={params}
      zone={zone}
      onRange={onRange}
      hrefFor={(drill) => {
        const search = {
          ...state,
          q: joinQueries(state.q, drill.band),
          from: drill.from,
          to: drill.to,
          record: null,
        };
        return `?${writeSearchParams(search, contract).toString()}`;
      }}
    />
  );
}
