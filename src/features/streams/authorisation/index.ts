import { streamContracts } from '../../../api/streams';
import type { StreamDefinition } from '../../search/definition';

const decision = (v: unknown) => (v === true ? 'allowed' : v === false ? 'denied' : String(v));

export const authorisationStream: StreamDefinition = {
  stream: 'authorisation',
  title: 'Authorisation',
  description: 'Every allow or deny decision on a request made with an access token.',
  contract: streamContracts.authorisation,
  columns: [
    { field: 'time', header: 'Time', width: 215, visible: true, kind: 'time' },
    { field: 'allowed', header: 'Decision', width: 110, visible: true, kind: 'outcome', display: decision },
    { field: 'email', header: 'Email', width: 220, visible: true },
    { field: 'method', header: 'Method', width: 90, visible: true, kind: 'mono' },
    { field: 'path', header: 'Path', width: 260, visible: true, kind: 'mono' },
    { field: 'authority', header: 'Authority', width: 220, visible: true },
    { field: 'downstream_remote_address', header: 'Remote address', width: 170, visible: true, kind: 'mono' },
    { field: 'source_type', header: 'Source type', width: 140, visible: true },
    { field: 'hostname', header: 'Hostname', width: 120 },
    { field: 'authenticated', header: 'Authenticated', width: 120 },
    { field: 'error', header: 'Error', width: 80 },
    { field: 'whitelisted', header: 'Whitelisted', width: 110 },
    { field: 'protocol', header: 'Protocol', width: 100 },
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
  recordTitle: (r) => `${decision(r.allowed)} · ${String(r.method)} ${String(r.path)}`,
  outcome: (r) => (r.allowed === true ? 'success' : 'failure'),
};
