import { streamContracts } from '../../../api/streams';
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
    { field: 'start_time', header: 'Start time', width: 215, visible: true, kind: 'time' },
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
    { field: 'request_id', header: 'Request ID', width: 290, kind: 'mono' },
    { field: 'jti', header: 'Token ID (jti)', width: 210, kind: 'mono' },
    { field: 'sub', header: 'Subject', width: 210, kind: 'mono' },
    { field: 'org', header: 'Org', width: 190, kind: 'mono' },
    { field: 'source_id', header: 'Source ID', width: 210, kind: 'mono' },
    { field: 'source_org_id', header: 'Source org ID', width: 190, kind: 'mono' },
  ],
  pivots: [
    { field: 'request_id', noun: 'request' },
    { field: 'jti', noun: 'token' },
    { field: 'sub', noun: 'user' },
    { field: 'email', noun: 'email' },
    { field: 'downstream_remote_address', noun: 'source IP' },
  ],
  timelineKeys: [
    { field: 'jti', key: 'token' },
    { field: 'request_id', key: 'request_id' },
  ],
  recordTitle: (r) => `${String(r.response_code)} · ${String(r.method)} ${String(r.path)}`,
  outcome: (r) => outcomeOf(r.response_code),
};
