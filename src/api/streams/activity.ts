import { activityRecordSchema, type ActivityRecord } from '../schemas/activity';
import type { StreamContract } from './types';

export const activityContract: StreamContract<ActivityRecord> = {
  name: 'activity',
  title: 'Activity',
  recordTypeLabel: 'API access',
  schema: activityRecordSchema,
  timeField: 'event_time',
  defaultSort: '-event_time',
  outcomes: [
    { key: 'success', label: 'Success', tone: 'success', query: '-status:failed' },
    { key: 'failure', label: 'Failure', tone: 'error', query: 'status:failed' },
  ],
  sortable: ['event_time', 'user_email', 'action', 'controller', 'entity', 'attribute', 'status', 'device'],
  fields: [
    { name: 'event_time', type: 'time', label: 'Time' },
    { name: 'action', type: 'keyword', label: 'Action', freeText: true, facet: true },
    { name: 'controller', type: 'keyword', label: 'Controller', facet: true },
    { name: 'entity', type: 'keyword', label: 'Entity', facet: true },
    { name: 'entity_id', type: 'keyword', label: 'Entity ID' },
    { name: 'attribute', type: 'keyword', label: 'Attribute', facet: true },
    { name: 'status', type: 'keyword', label: 'Status', facet: true },
    { name: 'user_email', type: 'keyword', label: 'User', freeText: true, facet: true },
    { name: 'user_id', type: 'keyword', label: 'User ID' },
    { name: 'device', type: 'keyword', label: 'Device', freeText: true, facet: true },
    { name: 'workgroup_id', type: 'keyword', label: 'Workgroup', facet: true },
    { name: 'old_value', type: 'text', label: 'Old value', freeText: true },
    { name: 'new_value', type: 'text', label: 'New value', freeText: true },
    { name: 'comments', type: 'text', label: 'Comments', freeText: true },
    { name: 'changed', type: 'keyword', label: 'Changed field', facet: true },
    { name: 'source_ip', type: 'keyword', label: 'Source IP', facet: true },
    { name: 'jti', type: 'keyword', label: 'Token ID (jti)' },
    { name: 'request_id', type: 'keyword', label: 'Request ID' },
    { name: 'id', type: 'keyword', label: 'Record ID' },
  ],
};
