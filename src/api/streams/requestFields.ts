import type { FieldSpec } from '../query/types';

/**
 * Fields every connector request log line carries, access and authorisation alike (Agilicus audit destinations):
 * one request's two lines share them.
 */
export const REQUEST_FIELDS: readonly FieldSpec[] = [
  { name: 'method', type: 'keyword', label: 'Method', facet: true },
  { name: 'path', type: 'keyword', label: 'Path', freeText: true, facet: true },
  { name: 'email', type: 'keyword', label: 'Email', freeText: true, facet: true },
  { name: 'authority', type: 'keyword', label: 'Authority', freeText: true, facet: true },
  { name: 'hostname', type: 'keyword', label: 'Hostname', facet: true },
  {
    name: 'downstream_remote_address',
    type: 'keyword',
    label: 'Remote address',
    freeText: true,
    facet: true,
  },
  { name: 'protocol', type: 'keyword', label: 'Protocol', facet: true },
  { name: 'source_type', type: 'keyword', label: 'Source type', facet: true },
  { name: 'source_id', type: 'keyword', label: 'Source ID' },
  { name: 'source_org_id', type: 'keyword', label: 'Source org ID' },
  { name: 'org', type: 'keyword', label: 'Org' },
  { name: 'sub', type: 'keyword', label: 'Subject' },
  { name: 'jti', type: 'keyword', label: 'Token ID (jti)' },
  { name: 'request_id', type: 'keyword', label: 'Request ID' },
  { name: 'id', type: 'keyword', label: 'Record ID' },
];
