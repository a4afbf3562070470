import type { ColumnInput } from '../search/defineStream';
import type { PivotSpec, TimelineKeyField } from '../search/definition';

/** The ids a connector request line carries, access and authorisation alike: hidden until asked for. */
export const REQUEST_ID_COLUMNS: readonly ColumnInput[] = [
  { field: 'request_id', width: 290, kind: 'mono' },
  { field: 'jti', width: 210, kind: 'mono' },
  { field: 'sub', width: 210, kind: 'mono' },
  { field: 'org', width: 190, kind: 'mono' },
  { field: 'source_id', width: 210, kind: 'mono' },
  { field: 'source_org_id', width: 190, kind: 'mono' },
];

export const REQUEST_PIVOTS: readonly PivotSpec[] = [
  { field: 'request_id', noun: 'request' },
  { field: 'jti', noun: 'token' },
  { field: 'sub', noun: 'user' },
  { field: 'email', noun: 'email' },
  { field: 'downstream_remote_address', noun: 'source IP' },
];

export const REQUEST_TIMELINE_KEYS: readonly TimelineKeyField[] = [
  { field: 'jti', key: 'token' },
  { field: 'request_id', key: 'request_id' },
];
