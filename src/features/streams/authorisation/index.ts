import { streamContracts } from '../../../api/streams';
import { REQUEST_ID_COLUMNS, REQUEST_PIVOTS, REQUEST_TIMELINE_KEYS } from '../requestColumns';
import type { StreamDefinition } from '../../search/definition';

const decision = (v: unknown) => (v === true ? 'allowed' : v === false ? 'denied' : String(v));

export const authorisationStream: StreamDefinition = {
  stream: 'authorisation',
  title: 'Authorisation',
  description: 'Every allow or deny decision on a request made with an access token.',
  contract: streamContracts.authorisation,
  columns: [
    { field: 'time', header: 'Time', width: 260, visible: true, kind: 'time' },
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
    ...REQUEST_ID_COLUMNS,
  ],
  pivots: REQUEST_PIVOTS,
  timelineKeys: REQUEST_TIMELINE_KEYS,
  recordTitle: (r) => `${decision(r.allowed)} · ${String(r.method)} ${String(r.path)}`,
  outcome: (r) => (r.allowed === true ? 'success' : 'failure'),
};
