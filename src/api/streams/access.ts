import { z } from 'zod';
import { REQUEST_FIELDS } from './requestFields';
import { DEFAULT_RETENTION_DAYS } from '../schemas/retentionDefaults';
import type { StreamContract } from './types';

/** One proxied request's transaction detail (Agilicus audit destinations, `log_type: access`). */
export const accessRecordSchema = z
  .object({
    id: z.string(),
    start_time: z.string(),
    authority: z.string(),
    bytes_received: z.number().int().nonnegative(),
    bytes_sent: z.number().int().nonnegative(),
    downstream_remote_address: z.string(),
    /** milliseconds */
    duration: z.number().int().nonnegative(),
    flags: z.string(),
    hostname: z.string(),
    http_referrer: z.string(),
    http_user_agent: z.string(),
    jti: z.string(),
    method: z.string(),
    org: z.string(),
    path: z.string(),
    protocol: z.string(),
    request_id: z.string(),
    response_code: z.number().int(),
    source_id: z.string(),
    source_org_id: z.string(),
    source_type: z.string(),
    sub: z.string(),
    upstream_authority: z.string(),
    email: z.string().nullable(),
  })
  // an ingested record keeps the fields its sender sent beyond these (create_time, …): shown, not dropped
  .loose();
export type AccessRecord = z.infer<typeof accessRecordSchema>;

export const accessContract: StreamContract<AccessRecord> = {
  name: 'access',
  title: 'Access',
  recordTypeLabel: 'Access',
  defaultRetentionDays: DEFAULT_RETENTION_DAYS,
  schema: accessRecordSchema,
  timeField: 'start_time',
  defaultSort: '-start_time',
  outcomes: [
    // protocol switches (WebSocket upgrades of the VNC and dashboard clients)
    { key: '1xx', label: '1xx', tone: 'neutral', query: 'response_code:<200' },
    { key: '2xx', label: '2xx', tone: 'success', query: 'response_code:>=200 response_code:<300' },
    { key: '3xx', label: '3xx', tone: 'info', query: 'response_code:>=300 response_code:<400' },
    { key: '4xx', label: '4xx', tone: 'warning', query: 'response_code:>=400 response_code:<500' },
    { key: '5xx', label: '5xx', tone: 'error', query: 'response_code:>=500 response_code:<600' },
  ],
  sortable: [
    'start_time',
    'email',
    'method',
    'path',
    'response_code',
    'duration',
    'bytes_sent',
    'bytes_received',
    'authority',
    'downstream_remote_address',
    'upstream_authority',
    'flags',
    'hostname',
    'protocol',
    'source_type',
    'source_id',
    'source_org_id',
    'org',
    'sub',
    'jti',
    'request_id',
    // text, but one short value a record: sorting groups one client's requests
    'http_user_agent',
  ],
  fields: [
    { name: 'start_time', type: 'time', label: 'Start time' },
    { name: 'response_code', type: 'number', label: 'Response code', facet: true },
    { name: 'duration', type: 'number', label: 'Duration (ms)' },
    { name: 'bytes_sent', type: 'number', label: 'Bytes sent' },
    { name: 'bytes_received', type: 'number', label: 'Bytes received' },
    { name: 'upstream_authority', type: 'keyword', label: 'Upstream', facet: true },
    { name: 'http_user_agent', type: 'text', label: 'User agent', freeText: true },
    { name: 'http_referrer', type: 'text', label: 'Referrer' },
    { name: 'flags', type: 'keyword', label: 'Flags', facet: true },
    ...REQUEST_FIELDS,
  ],
};
