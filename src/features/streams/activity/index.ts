import { activityChanges } from './changes';
import { defineStream } from '../../search/defineStream';

export const activityStream = defineStream({
  stream: 'activity',
  description:
    'Changes to users, workgroups, devices, alerts, searches and settings, with old and new values.',
  searchExample: '(action:create OR action:delete) -status:failed changed:name',
  columns: [
    { field: 'event_time', width: 250, visible: true, kind: 'time' },
    { field: 'user_email', width: 200, visible: true },
    { field: 'action', width: 120, visible: true, kind: 'outcome', eventType: true },
    { field: 'controller', width: 130, visible: true, kind: 'mono' },
    { field: 'entity', width: 110, visible: true },
    { field: 'attribute', width: 115, visible: true },
    { field: 'old_value', width: 180 },
    { field: 'new_value', width: 180 },
    { field: 'status', width: 95, visible: true, kind: 'outcome' },
    { field: 'device', width: 140, visible: true },
    { field: 'workgroup_id', width: 140 },
    { field: 'entity_id', width: 200, kind: 'mono' },
    { field: 'comments', width: 200 },
    { field: 'changed', header: 'Changed fields', width: 200 },
    { field: 'source_ip', width: 160, kind: 'mono' },
    { field: 'user_id', width: 200, kind: 'mono' },
    { field: 'jti', width: 210, kind: 'mono' },
    { field: 'request_id', width: 290, kind: 'mono' },
  ],
  pivots: [
    { field: 'user_id', noun: 'user' },
    { field: 'user_email', noun: 'user' },
    { field: 'device', noun: 'device' },
    { field: 'entity_id', noun: 'entity' },
    { field: 'request_id', noun: 'request' },
    { field: 'jti', noun: 'token' },
    { field: 'source_ip', noun: 'source IP' },
  ],
  maskedFields: ['old_value_full', 'new_value_full', 'config'],
  timelineKeys: [
    { field: 'jti', key: 'token' },
    { field: 'request_id', key: 'request_id' },
  ],
  recordTitle: (r) =>
    `${String(r.action)} · ${String(r.controller)}${r.attribute ? ` ${String(r.attribute)}` : ''} — ${String(r.user_email ?? r.user_id)}`,
  changes: activityChanges,
});
