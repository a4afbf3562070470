import type { StreamName } from '../../api/streams';
import { ALL_TIME, hrefs } from '../../lib/links';
import type { PinnedRange } from './entityRange';

/** A stream's grid of one search over exactly the page's instants, a record's drawer open if given. */
export function gridLink(stream: StreamName, q: string, range: PinnedRange, record?: string): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  params.set('from', range.from ?? ALL_TIME);
  params.set('to', range.to);
  if (record) params.set('record', record);
  return hrefs.stream(stream, params);
}
