import { streamContracts } from '../../../api/streams';
import type { ChangeSpec, StreamDefinition } from '../../search/definition';

export const activityStream: StreamDefinition = {
  stream: 'activity',
  title: 'Activity',
  description:
    'Changes to users, workgroups, devices, alerts, searches and settings, with old and new values.',
  contract: streamContracts.activity,
  columns: [
    { field: 'event_time', header: 'Time', width: 260, visible: true, kind: 'time' },
    { field: 'user_email', header: 'User', width: 220, visible: true },
    { field: 'action', header: 'Action', width: 150, visible: true, kind: 'outcome', eventType: true },
    { field: 'controller', header: 'Controller', width: 150, visible: true, kind: 'mono' },
    { field: 'entity', header: 'Entity', width: 120, visible: true },
    { field: 'attribute', header: 'Attribute', width: 140, visible: true },
    { field: 'old_value', header: 'Old value', width: 180, visible: true },
    { field: 'new_value', header: 'New value', width: 180, visible: true },
    { field: 'status', header: 'Status', width: 90, visible: true, kind: 'outcome' },
    { field: 'device', header: 'Device', width: 150, visible: true },
    { field: 'workgroup_id', header: 'Workgroup', width: 140 },
    { field: 'entity_id', header: 'Entity ID', width: 200, kind: 'mono' },
    { field: 'comments', header: 'Comments', width: 200 },
    { field: 'changed', header: 'Changed fields', width: 200 },
    { field: 'source_ip', header: 'Source IP', width: 160, kind: 'mono' },
    { field: 'user_id', header: 'User ID', width: 200, kind: 'mono' },
    { field: 'jti', header: 'Token ID (jti)', width: 210, kind: 'mono' },
    { field: 'request_id', header: 'Request ID', width: 290, kind: 'mono' },
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
  outcome: (r) => (r.status === 'failed' ? 'failure' : 'success'),
  changes: (r) => {
    const changes: ChangeSpec[] = [];
    if (r.old_value_full != null || r.new_value_full != null)
      changes.push({
        title: 'Changes (full values)',
        oldValue: r.old_value_full,
        newValue: r.new_value_full,
      });
    if (r.old_value != null || r.new_value != null)
      changes.push({
        title: r.attribute ? `Changes to ${String(r.attribute)}` : 'Changes',
        oldValue: r.old_value,
        newValue: r.new_value,
      });
    return changes;
  },
};
