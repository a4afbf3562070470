import { useQueries } from '@tanstack/react-query';
import { histogramQuery } from '../../api/histogram';
import type { Histogram } from '../../api/schemas/histogram';
import { streamContracts, type StreamName } from '../../api/streams';
import type { OutcomeTone } from '../../api/streams/types';
import type { StreamSearch } from './useEntityRecords';

/** Each stream's colour in the combined chart; the legend names them. */
const STREAM_TONE: Readonly<Record<StreamName, OutcomeTone>> = {
  authentication: 'info',
  authorisation: 'warning',
  access: 'neutral',
  activity: 'success',
};

export interface StreamOutcomes {
  stream: StreamName;
  /** the stream's search for the entity */
  query: string;
  histogram: Histogram;
  /** the stream's outcome bands with their counts in the range */
  bands: { key: string; label: string; query: string; count: number }[];
}

/**
 * One histogram a stream, all over the same explicit range and bucket count so that their
 * buckets line up: they add up to the entity's chart, and each gives its stream's outcome counts.
 */
export function useEntityHistogram(
  searches: readonly StreamSearch[],
  range: { from: string; to: string } | null,
  tz: string,
) {
  const results = useQueries({
    queries: searches.map((s) => ({
      ...histogramQuery(s.stream, { q: s.query, from: range?.from, to: range?.to, buckets: 60, tz }),
      enabled: range !== null,
    })),
  });
  const failed = results.find((r) => r.isError);
  const histograms = results.map((r) => r.data);
  const ready = range !== null && histograms.every((h) => h !== undefined);
  const perStream: StreamOutcomes[] = ready
    ? searches.flatMap((s, i) => {
        const histogram = histograms[i];
        return histogram ? [{ ...s, histogram, bands: bandsOf(histogram) }] : [];
      })
    : [];
  return {
    error: failed?.error ?? null,
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
    perStream,
    combined: ready ? combine(perStream) : null,
  };
}

function bandsOf(h: Histogram): StreamOutcomes['bands'] {
  return h.series.map((s, i) => ({
    key: s.key,
    label: s.label,
    query: s.query,
    count: h.buckets.reduce((sum, b) => sum + (b.counts[i] ?? 0), 0),
  }));
}

/** The streams' histograms as one, stacked by stream; null if their buckets do not line up. */
export function combine(perStream: readonly StreamOutcomes[]): Histogram | null {
  const [first] = perStream;
  if (!first) return null;
  const aligned = perStream.every(
    (p) =>
      p.histogram.buckets.length === first.histogram.buckets.length &&
      p.histogram.buckets.every((b, i) => b.from === first.histogram.buckets[i]?.from),
  );
  if (!aligned) return null;
  return {
    from: first.histogram.from,
    to: first.histogram.to,
    interval: first.histogram.interval,
    series: perStream.map((p) => ({
      key: p.stream,
      label: streamContracts[p.stream].title,
      tone: STREAM_TONE[p.stream],
      // a count of the table view opens this stream's grid of the entity
      query: p.query,
    })),
    buckets: first.histogram.buckets.map((b, i) => {
      const counts = perStream.map((p) => p.histogram.buckets[i]?.total ?? 0);
      return { from: b.from, to: b.to, counts, total: counts.reduce((a, c) => a + c, 0) };
    }),
    total: perStream.reduce((sum, p) => sum + p.histogram.total, 0),
  };
}
