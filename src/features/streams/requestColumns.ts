import type { ColumnSpec, PivotSpec, TimelineKeyField } from '../search/definition';

/** The ids a connector request line carries, access and authorisation alike: hidden until asked for. */
export const REQUEST_ID_COLUMNS: readonly ColumnSpec[] = [
  { field: 'request_id', header: 'Request ID', width: 290, kind: 'mono' },
  { field: 'jti', header: 'Token ID (jti)', width: 210, kind: 'mono' },
  { field: 'sub', header: 'Subject', width: 210, kind: 'mono' },
  { field: 'org', header: 'Org', width: 190, kind: 'mono' },
  { field: 'source_id', header: 'Source ID', width: 210, kind: 'mono' },
  { field: 'source_org_id', header: 'Source org ID', width: 190, kind: 'mono' },
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
