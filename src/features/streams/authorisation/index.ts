import { REQUEST_ID_COLUMNS, REQUEST_PIVOTS, REQUEST_TIMELINE_KEYS } from '../requestColumns';
import { defineStream } from '../../search/defineStream';

const decision = (v: unknown) => (v === true ? 'allowed' : v === false ? 'denied' : String(v));

export const authorisationStream = defineStream({
  stream: 'authorisation',
  description: 'Every allow or deny decision on a request made with an access token.',
  searchExample: 'allowed:false (method:POST OR method:DELETE) path:/api*',
  columns: [
    { field: 'time', width: 250, visible: true, kind: 'time' },
    { field: 'allowed', header: 'Decision', width: 110, visible: true, kind: 'outcome', display: decision },
    { field: 'email', width: 210, visible: true },
    { field: 'method', width: 90, visible: true, kind: 'mono' },
    { field: 'path', width: 200, visible: true, kind: 'mono' },
    { field: 'authority', width: 160, visible: true },
    { field: 'downstream_remote_address', header: 'Remote address', width: 165, visible: true, kind: 'mono' },
    { field: 'source_type', width: 140 },
    { field: 'hostname', width: 120 },
    { field: 'authenticated', width: 120 },
    { field: 'error', width: 80 },
    { field: 'whitelisted', width: 110 },
    { field: 'protocol', width: 100 },
    ...REQUEST_ID_COLUMNS,
  ],
  pivots: REQUEST_PIVOTS,
  timelineKeys: REQUEST_TIMELINE_KEYS,
  recordTitle: (r) => `${decision(r.allowed)} · ${String(r.method)} ${String(r.path)}`,
});
