import { REQUEST_ID_COLUMNS, REQUEST_PIVOTS, REQUEST_TIMELINE_KEYS } from '../requestColumns';
import { defineStream } from '../../search/defineStream';

export const accessStream = defineStream({
  stream: 'access',
  description: 'Transaction detail of every proxied request: who, what, how long, how much, and the answer.',
  searchExample: 'response_code:>=500 NOT method:GET authority:api*',
  columns: [
    { field: 'start_time', width: 250, visible: true, kind: 'time' },
    { field: 'response_code', header: 'Status', width: 95, visible: true, kind: 'outcome' },
    { field: 'method', width: 95, visible: true, kind: 'mono' },
    { field: 'path', width: 200, visible: true, kind: 'mono' },
    { field: 'email', width: 200, visible: true },
    { field: 'duration', width: 140, visible: true },
    { field: 'bytes_sent', width: 120 },
    { field: 'authority', width: 160, visible: true },
    { field: 'downstream_remote_address', header: 'Remote address', width: 165, kind: 'mono' },
    { field: 'bytes_received', width: 120 },
    { field: 'http_user_agent', width: 260 },
    { field: 'http_referrer', width: 220 },
    { field: 'upstream_authority', width: 160, kind: 'mono' },
    { field: 'protocol', width: 100 },
    { field: 'hostname', width: 120 },
    { field: 'flags', width: 80 },
    { field: 'source_type', width: 140 },
    ...REQUEST_ID_COLUMNS,
  ],
  pivots: REQUEST_PIVOTS,
  timelineKeys: REQUEST_TIMELINE_KEYS,
  recordTitle: (r) => `${String(r.response_code)} · ${String(r.method)} ${String(r.path)}`,
});
