import { queryOptions, useQuery } from '@tanstack/react-query';
import { request } from './client';
import { histogramSchema, type Histogram, type HistogramParams } from './schemas/histogram';
import type { StreamName } from './streams';
import { requestTimeouts } from './timeouts';

export const histogramKeys = {
  all: (stream: StreamName) => ['histogram', stream] as const,
  detail: (stream: StreamName, params: HistogramParams) => ['histogram', stream, params] as const,
};

export function fetchHistogram(
  stream: StreamName,
  params: HistogramParams,
  signal?: AbortSignal,
): Promise<Histogram> {
  return request(`/audit/${stream}/histogram`, histogramSchema, {
    params: { ...params },
    signal,
    timeoutMs: requestTimeouts().timeoutMs,
  });
}

export function histogramQuery(stream: StreamName, params: HistogramParams) {
  return queryOptions({
    queryKey: histogramKeys.detail(stream, params),
    queryFn: ({ signal }) => fetchHistogram(stream, params, signal),
    // params carry absolute instants: the same key is the same answer
    staleTime: Infinity,
    // the bars stay while a live tail moves the end; another query or start shows the loading block
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[2];
      return before && before.q === params.q && before.from === params.from ? previous : undefined;
    },
  });
}

/** Buckets of a search; `params` null while the search it follows is not known yet. */
export function useHistogram(stream: StreamName, params: HistogramParams | null) {
  return useQuery({ ...histogramQuery(stream, params ?? {}), enabled: params !== null });
}
