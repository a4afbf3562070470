import type { TimelineKey } from '../api/schemas/timeline';
import type { EntityKind } from './entityLinks';
import type { StreamName } from '../api/streams';

/** How a link's `from` says "all time" (no `from` at all means the default range). */
export const ALL_TIME = 'all';

const withQuery = (path: string, params?: URLSearchParams) => {
  const qs = params?.toString();
  return qs ? `${path}?${qs}` : path;
};

/** The app's paths, built in one place so that every link to a page is written the same way. */
export const hrefs = {
  stream: (stream: StreamName, params?: URLSearchParams) => withQuery(`/audit/${stream}`, params),
  /** one record, whenever it happened */
  record: (stream: StreamName, id: string) =>
    hrefs.stream(stream, new URLSearchParams({ from: ALL_TIME, record: id })),
  timeline: (key: TimelineKey, value: string) => withQuery('/timeline', new URLSearchParams({ key, value })),
  /** the page of a user, source IP or device; the value is one path segment, whatever it holds */
  entity: (kind: EntityKind, value: string, params?: URLSearchParams) =>
    withQuery(`/entity/${kind}/${encodeURIComponent(value)}`, params),
  eventType: (name: string) => withQuery('/event-types', new URLSearchParams({ q: name })),
};
