import { useEffect, useRef } from 'react';
import type { AuditRecord } from '../../api/streams';
import { formatCount } from '../../api/formatCount';
import type { SearchController } from './controller';

type Pages = Pick<SearchController['pages']['query'], 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;

/**
 * Previous and next for the open record, through the rows the grid shows; past the last loaded
 * row, Next loads the next page and then opens its first record (unless another record was
 * opened, or none, meanwhile).
 */
export function useRecordStepper(
  rows: readonly AuditRecord[],
  total: number | null,
  id: string | null,
  pages: Pages,
  go: (id: string) => void,
) {
  const index = id === null ? -1 : rows.findIndex((r) => r.id === id);
  // The record a step starts from. The URL renders a step later than keys can repeat: two quick
  // presses of j move two records, and a step still rendering does not take `current` back.
  const current = useRef(id);
  const sent = useRef<(string | null)[]>([]);
  useEffect(() => {
    const at = sent.current.indexOf(id);
    if (at === -1) {
      // opened, switched or closed other than by a step
      current.current = id;
      sent.current = [];
    } else if (at === sent.current.length - 1) sent.current = [];
  }, [id]);
  const latestRows = useRef(rows);
  useEffect(() => {
    latestRows.current = rows;
  }, [rows]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;

  const open = (target: string) => {
    current.current = target;
    sent.current.push(target);
    go(target);
  };
  const loadNext = async (from: string) => {
    // joins a page already on its way (the grid asks for one as it scrolls near the end)
    const result = await fetchNextPage({ cancelRefetch: false });
    const loaded = result.data?.pages.flatMap((p) => p.items) ?? [];
    const at = loaded.findIndex((r) => r.id === from);
    const after = at >= 0 ? loaded[at + 1] : undefined;
    if (after && current.current === from) open(after.id);
  };
  const stepBy = (by: 1 | -1) => {
    const from = current.current;
    const shown = latestRows.current;
    const at = shown.findIndex((r) => r.id === from);
    const target = at >= 0 ? shown[at + by] : undefined;
    if (target) open(target.id);
    else if (by === 1 && at >= 0 && from !== null && hasNextPage) void loadNext(from);
  };

  const hasNext = index >= 0 && (index < rows.length - 1 || hasNextPage);
  return {
    onPrevious: index > 0 ? () => stepBy(-1) : undefined,
    onNext: hasNext ? () => stepBy(1) : undefined,
    loadingNext: index === rows.length - 1 && isFetchingNextPage,
    position: index >= 0 && total !== null ? `${formatCount(index + 1)} of ${formatCount(total)}` : null,
    /** the record the last step went to, which the URL may not have rendered yet */
    latest: () => current.current,
  };
}
