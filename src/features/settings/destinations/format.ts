import { timeZonePreference } from '../../../lib/preferences';
import type { Delivery } from '../../../api/schemas/destinations';
import { RECORD_TYPE_LABELS, type RecordType } from '../../../api/schemas/recordTypes';
import { formatTime as formatIn } from '../../../lib/time';

/** In the zone the app bar's UTC / Local switch chose, to the second. */
export function formatTime(iso: string): string {
  return formatIn(iso, timeZonePreference.read(), false);
}

export const recordTypeList = (types: readonly RecordType[]) =>
  types.map((t) => RECORD_TYPE_LABELS[t]).join(', ');

export function describeDelivery(d: Delivery): string {
  const status = d.httpStatus === null ? 'no HTTP response' : `HTTP ${d.httpStatus}`;
  return `${d.status === 'success' ? 'Delivered' : 'Failed'} · ${status} · ${d.durationMs} ms`;
}
