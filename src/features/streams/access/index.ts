import { streamContracts } from '../../../api/streams';
import { REQUEST_ID_COLUMNS, REQUEST_PIVOTS, REQUEST_TIMELINE_KEYS } from '../requestColumns';
import type { Outcome, StreamDefinition } from '../../search/definition';

function outcomeOf(code: unknown): Outcome {
  const n = Number(code);
  if (n >= 400) return 'failure';
  if (n >= 200 && n < 300) return 'success';
  return 'neutral';
}

export const accessStream: StreamDefinition = {
  stream: 'access',
  title: 'Access',
  description: 'Transaction detail of every proxied request: who, what, how long, how much, and the answer.',
  contract: streamContracts.access,
  columns: [
    { field: 'start_time', header: 'Start time', width: 260, visible: true, kind: 'time' },
    { field: 'response_code', header: 'Status', width: 90, visible: true, kind: 'outcome' },
    { field: 'method', header: 'Method', width: 90, visible: true, kind: 'mono' },
    { field: 'path', header: 'Path', width: 260, visible: true, kind: 'mono' },
    { field: 'email', header: 'Email', width: 220, visible: true },
    { field: 'duration', header: 'Duration (ms)', width: 120, visible: true },
    { field: 'bytes_sent', header: 'Bytes sent', width: 110, visible: true },
    { field: 'authority', header: 'Authority', width: 220, visible: true },
    { field: 'downstream_remote_address', header: 'Remote address', width: 170, visible: true, kind: 'mono' },
    { field: 'bytes_received', header: 'Bytes received', width: 120 },
    { field: 'http_user_agent', header: 'User agent', width: 260 },
    { field: 'http_referrer', header: 'Referrer', width: 220 },
    { field: 'upstream_authority', header: 'Upstream', width: 160, kind: 'mono' },
    { field: 'protocol', header: 'Protocol', width: 100 },
    { field: 'hostname', header: 'Hostname', width: 120 },
    { field: 'flags', header: 'Flags', width: 80 },
    { field: 'source_type', header: 'Source type', width: 140 },
    ...REQUEST_ID_COLUMNS,
  ],
  pivots: REQUEST_PIVOTS,
  timelineKeys: REQUEST_TIMELINE_KEYS,
  recordTitle: (r) => `${String(r.response_code)} · ${String(r.method)} ${String(r.path)}`,
  outcome: (r) => outcomeOf(r.response_code),
};
